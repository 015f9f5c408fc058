package org.supplierportal.erp.inbound;

import org.supplierportal.erp.OrderChangeFeed;

/** The names of the inbound feeds and the reconciliation: job names, watermark names, metric tags. */
final class ImportFeeds {

    static final String ORDERS = "importOrders";
    static final String RECEIPTS = "importReceipts";
    static final String INVOICES = "importInvoices";
    static final String RECONCILIATION = "reconcileOrders";

    /** The name a feed's watermark is kept under; the order level keeps the name the order feed always had. */
    static String watermarkName(OrderChangeFeed feed) {
        return switch (feed) {
            case ORDER -> ORDERS;
            case LINE -> ORDERS + ".lines";
            case SCHEDULE -> ORDERS + ".schedules";
        };
    }

    private ImportFeeds() {
    }
}
