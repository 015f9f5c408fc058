package org.supplierportal.b2b.edifact;

/** The bytes are not an EDIFACT interchange that can be read at all: nothing in it can be acknowledged or applied. */
class EdifactUnreadableException extends RuntimeException {

    EdifactUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
