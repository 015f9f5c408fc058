package org.supplierportal.shipment;

/** Where an ASN stands. */
public enum AsnStatus {
    SHIPPED("Shipped"),
    PARTLY_RECEIVED("Partly received"),
    RECEIVED("Received"),
    CANCELLED("Cancelled");

    private final String label;

    AsnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Until the ERP has received against it, the supplier may still change or cancel it. */
    public boolean changeable() {
        return this == SHIPPED;
    }
}
