package org.supplierportal.inbox;

/** Another buyer decided first (or the exception resolved itself); the decision is not applied twice. */
public class ExceptionAlreadyDecidedException extends RuntimeException {

    public ExceptionAlreadyDecidedException(String orderNumber, Integer lineNumber, ExceptionStatus status, String by) {
        super("The exception on PO " + orderNumber + (lineNumber == null ? "" : " line " + lineNumber)
                + " is already " + status.label().toLowerCase() + (by == null ? "" : " by " + by) + ".");
    }
}
