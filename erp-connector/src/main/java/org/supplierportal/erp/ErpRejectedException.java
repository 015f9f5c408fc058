package org.supplierportal.erp;

/** The ERP refused the message or the record cannot be mapped: retrying will not help, fixing the data will. */
public class ErpRejectedException extends RuntimeException {

    public ErpRejectedException(String message) {
        super(message);
    }

    public ErpRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
