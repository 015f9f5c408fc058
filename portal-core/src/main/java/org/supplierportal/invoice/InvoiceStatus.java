package org.supplierportal.invoice;

/** Where a supplier's invoice stands at the customer. */
public enum InvoiceStatus {
    RECEIVED("Received"),
    IN_MATCHING("In matching"),
    BLOCKED("Blocked"),
    APPROVED("Approved for payment"),
    PAID("Paid"),
    CANCELLED("Cancelled");

    private final String label;

    InvoiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Before approval the invoice is still being checked: a variance against the order blocks it. */
    public boolean beforeApproval() {
        return this == RECEIVED || this == IN_MATCHING || this == BLOCKED;
    }
}
