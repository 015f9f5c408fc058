package org.supplierportal.order;

/** Where an order stands between supplier and buyer, derived from its lines. */
public enum OrderStatus {
    NEW("New, to acknowledge"),
    CHANGED("Changed, to acknowledge again"),
    ACTION_REQUIRED("Buyer answered, your turn"),
    IN_REVIEW("Waiting for the buyer"),
    CONFIRMED("Confirmed"),
    CANCELLED("Cancelled");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses in which the supplier still has to answer. */
    public boolean awaitsSupplier() {
        return this == NEW || this == CHANGED || this == ACTION_REQUIRED;
    }
}
