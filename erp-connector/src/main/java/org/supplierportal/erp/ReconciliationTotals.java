package org.supplierportal.erp;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Running totals of the reconciliation since the portal started, for the metrics (counters). */
@Component
class ReconciliationTotals {

    final AtomicLong checked = new AtomicLong();
    final AtomicLong differed = new AtomicLong();
    final AtomicLong repaired = new AtomicLong();
    final AtomicLong missing = new AtomicLong();

    void add(ReconciliationFindings findings) {
        checked.addAndGet(findings.checked());
        differed.addAndGet(findings.differed());
        repaired.addAndGet(findings.repaired());
        missing.addAndGet(findings.missing());
    }
}
