package org.supplierportal.invoice;

/** No such invoice, or not one the current user may see. */
public class InvoiceNotFoundException extends RuntimeException {

    public InvoiceNotFoundException(Object id) {
        super("Invoice " + id + " not found");
    }
}
