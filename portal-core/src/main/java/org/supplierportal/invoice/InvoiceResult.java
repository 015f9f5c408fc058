package org.supplierportal.invoice;

import java.util.UUID;

/** What taking an invoice from the ERP did. */
public record InvoiceResult(Kind kind, UUID invoiceId, InvoiceStatus status, String message) {

    public enum Kind { CREATED, CHANGED, UNCHANGED, UNKNOWN_SUPPLIER }
}
