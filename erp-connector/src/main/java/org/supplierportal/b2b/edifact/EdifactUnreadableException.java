package org.supplierportal.b2b.edifact;

import java.util.Optional;

/**
 * The bytes are not an EDIFACT interchange that can be read to its end: nothing in it can be applied. When its UNB was
 * read before the reading failed (a file cut off, a broken segment later on), {@link #envelope()} has it, so the
 * interchange can still be rejected in a CONTRL.
 */
class EdifactUnreadableException extends RuntimeException {

    private final transient EdifactInterchange envelope;

    EdifactUnreadableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    EdifactUnreadableException(String message, Throwable cause, EdifactInterchange envelope) {
        super(message, cause);
        this.envelope = envelope;
    }

    /** The interchange header as far as it was read, without messages; empty when there was no complete UNB. */
    Optional<EdifactInterchange> envelope() {
        return Optional.ofNullable(envelope);
    }
}
