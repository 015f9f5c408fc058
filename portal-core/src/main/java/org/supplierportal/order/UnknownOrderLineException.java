package org.supplierportal.order;

/** A line number the order does not have. */
public class UnknownOrderLineException extends RuntimeException {

    private final int lineNumber;

    public UnknownOrderLineException(String orderNumber, int lineNumber) {
        super("PO " + orderNumber + " has no line " + lineNumber + ".");
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
