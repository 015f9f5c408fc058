package org.supplierportal.b2b.x12;

/** The bytes are not an X12 interchange that can be read at all: nothing in it can be acknowledged or applied. */
class X12UnreadableException extends RuntimeException {

    X12UnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
