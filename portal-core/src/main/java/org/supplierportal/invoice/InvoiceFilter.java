package org.supplierportal.invoice;

/** Which invoices a list shows: one state or all (null), and an invoice or PO number prefix. */
public record InvoiceFilter(InvoiceStatus status, String text) {

    public static InvoiceFilter all() {
        return new InvoiceFilter(null, null);
    }
}
