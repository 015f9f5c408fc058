package org.supplierportal.identity;

/** Someone the identity provider let in, but the portal does not: the message says why, in their words. */
public class ExternalLoginRefusedException extends RuntimeException {

    public ExternalLoginRefusedException(String message) {
        super(message);
    }
}
