package org.supplierportal.order;

/** Where one order line stands. */
public enum LineStatus {
    AWAITING_ANSWER("To answer"),
    BUYER_REVIEW("Waiting for the buyer"),
    COUNTER_PROPOSED("Buyer proposes other values"),
    COMMITTED("Confirmed"),
    REJECTED("Rejected, agreed"),
    CANCELLED("Cancelled by the buyer");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean awaitsSupplier() {
        return this == AWAITING_ANSWER || this == COUNTER_PROPOSED;
    }
}
