package org.supplierportal.erp;

/** The names of the inbound feeds and the reconciliation: job names, watermark names, metric tags. */
final class ImportFeeds {

    static final String ORDERS = "importOrders";
    static final String RECEIPTS = "importReceipts";
    static final String INVOICES = "importInvoices";
    static final String RECONCILIATION = "reconcileOrders";

    private ImportFeeds() {
    }
}
