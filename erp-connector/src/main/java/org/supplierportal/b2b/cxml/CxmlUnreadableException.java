package org.supplierportal.b2b.cxml;

/** A document that is not readable cXML: not well-formed, with a DTD internal subset, or without its envelope. */
class CxmlUnreadableException extends Exception {

    CxmlUnreadableException(String message) {
        super(message);
    }
}
