package org.supplierportal.order;

/** How a commitment came about. */
public enum CommitmentSource {
    WITHIN_TOLERANCE("Confirmed by the supplier, within tolerance"),
    BUYER_APPROVED("Supplier's proposal approved by the buyer"),
    COUNTER_ACCEPTED("Buyer's counter-proposal accepted by the supplier");

    private final String label;

    CommitmentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
