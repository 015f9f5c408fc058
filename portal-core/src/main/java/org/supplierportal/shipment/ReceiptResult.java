package org.supplierportal.shipment;

/** What the receipt service did with a receipt. */
public record ReceiptResult(Kind kind, String message) {

    public enum Kind {
        RECORDED,
        /** Already recorded: nothing changed. */
        UNCHANGED,
        /** For an order (or line) the portal does not have: a permanent error until the order is imported. */
        UNKNOWN_ORDER
    }
}
