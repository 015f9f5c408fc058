package org.supplierportal.erp.inbound;

import org.supplierportal.erp.Capability;
import org.supplierportal.erp.OrderChangeFeed;

/**
 * The connector's Spring Batch jobs, each with what the ERP must be able to do for it to run. A job's name is also
 * the name of its feed's watermark and its tag in the metrics.
 */
public enum ErpJob {

    ORDERS("importOrders", Capability.PULL_ORDERS),
    RECEIPTS("importReceipts", Capability.PULL_RECEIPTS),
    INVOICES("importInvoices", Capability.PULL_INVOICE_STATUS),
    RECONCILIATION("reconcileOrders", Capability.PULL_ORDERS);

    private final String jobName;
    private final Capability capability;

    ErpJob(String jobName, Capability capability) {
        this.jobName = jobName;
        this.capability = capability;
    }

    /** The name Spring Batch knows the job by, its watermark is kept under and the metrics tag it with. */
    public String jobName() {
        return jobName;
    }

    public Capability capability() {
        return capability;
    }

    /** The name the watermark of one order feed is kept under; the order level keeps the name the order feed always had. */
    static String watermarkOf(OrderChangeFeed feed) {
        return switch (feed) {
            case ORDER -> ORDERS.jobName;
            case LINE -> ORDERS.jobName + ".lines";
            case SCHEDULE -> ORDERS.jobName + ".schedules";
        };
    }
}
