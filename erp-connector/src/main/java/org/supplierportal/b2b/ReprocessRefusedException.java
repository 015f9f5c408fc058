package org.supplierportal.b2b;

/**
 * Why a document of the message log cannot be taken in again: the message is English (logs), the reason lets a
 * screen word it in its reader's language.
 */
public class ReprocessRefusedException extends IllegalStateException {

    public enum Reason {
        /** Not refused (any more), or came by cXML, whose sender posts it again. */
        NOT_REFUSED,
        /** The supplier is no longer on X12 or EDIFACT. */
        NOT_ON_EDI,
        /** Someone took it in again a moment ago. */
        TAKEN_IN_ALREADY,
        /** Taking it in failed: the message says why. */
        FAILED
    }

    private final Reason reason;

    ReprocessRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
