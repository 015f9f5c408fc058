package org.supplierportal.erp;

/** What an adapter can do; the monitor shows it, the jobs check it. */
public enum Capability {
    PULL_ORDERS,
    PULL_RECEIPTS,
    PULL_INVOICE_STATUS,
    PUSH_COMMITMENTS,
    PUSH_ASNS,
    PUSH_QUALITY_RESPONSES
}
