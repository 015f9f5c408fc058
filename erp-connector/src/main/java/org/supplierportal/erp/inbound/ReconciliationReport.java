package org.supplierportal.erp.inbound;

import java.time.Instant;

/** The last finished reconciliation: when it ended, how (COMPLETED, FAILED...), and what it found until then. */
public record ReconciliationReport(Instant finishedAt, String status, ReconciliationFindings findings) {
}
