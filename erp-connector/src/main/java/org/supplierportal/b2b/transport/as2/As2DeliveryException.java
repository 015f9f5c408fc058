package org.supplierportal.b2b.transport.as2;

/** A document a partner did not take by AS2: unreachable, refused in its MDN, or an MDN not signed by the partner. */
public class As2DeliveryException extends RuntimeException {

    As2DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
