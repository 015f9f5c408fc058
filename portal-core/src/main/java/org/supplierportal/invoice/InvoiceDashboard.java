package org.supplierportal.invoice;

/** Invoice counts for the home page: blocked, approved and waiting for payment, paid. */
public record InvoiceDashboard(long blocked, long approved, long paid, long inMatching) {
}
