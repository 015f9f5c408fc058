package org.supplierportal.erp;

/** The ERP cannot be reached or failed on its side (refused connection, timeout, 5xx): try again later. */
public class ErpUnavailableException extends RuntimeException {

    public ErpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ErpUnavailableException(String message) {
        super(message);
    }
}
