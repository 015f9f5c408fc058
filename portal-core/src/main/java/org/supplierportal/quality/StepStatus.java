package org.supplierportal.quality;

/** Where one step of an incident stands, and whose turn it is. */
public enum StepStatus {
    OPEN("Waiting for the supplier"),
    SUBMITTED("Waiting for the buyer's review"),
    RETURNED("Returned to the supplier"),
    ACCEPTED("Accepted");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The supplier's turn: an answer is due. */
    public boolean awaitsSupplier() {
        return this == OPEN || this == RETURNED;
    }
}
