package org.supplierportal.inbox;

import java.util.Map;

/** A decision that cannot be applied as entered; the messages are keyed by field. Nothing was saved. */
public class InvalidDecisionException extends RuntimeException {

    private final transient Map<String, String> fieldMessages;

    public InvalidDecisionException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
