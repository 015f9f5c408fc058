package org.supplierportal.order;

/** An action that does not fit the line's current state (answering a line that is already confirmed, ...). */
public class LineNotInThatStateException extends RuntimeException {

    private final int lineNumber;
    private final LineStatus status;

    public LineNotInThatStateException(String orderNumber, int lineNumber, LineStatus status) {
        super("Line " + lineNumber + " of PO " + orderNumber + " is " + status.label().toLowerCase()
                + "; it cannot be answered now. Reload the order to see its current state.");
        this.lineNumber = lineNumber;
        this.status = status;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public LineStatus status() {
        return status;
    }
}
