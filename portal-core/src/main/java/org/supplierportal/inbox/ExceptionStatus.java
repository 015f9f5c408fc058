package org.supplierportal.inbox;

/** Where an exception stands. */
public enum ExceptionStatus {
    OPEN("Open"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    COUNTERED("Counter-proposed"),
    CLOSED("Closed"),
    RESOLVED("Resolved by itself");

    private final String label;

    ExceptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
