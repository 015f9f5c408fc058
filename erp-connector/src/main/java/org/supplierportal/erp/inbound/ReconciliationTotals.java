package org.supplierportal.erp.inbound;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Running totals of the reconciliation since the portal started, for the metrics (counters). */
@Component
public class ReconciliationTotals {

    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong differed = new AtomicLong();
    private final AtomicLong repaired = new AtomicLong();
    private final AtomicLong missing = new AtomicLong();

    public long checked() {
        return checked.get();
    }

    public long differed() {
        return differed.get();
    }

    public long repaired() {
        return repaired.get();
    }

    public long missing() {
        return missing.get();
    }

    void add(ReconciliationFindings findings) {
        checked.addAndGet(findings.checked());
        differed.addAndGet(findings.differed());
        repaired.addAndGet(findings.repaired());
        missing.addAndGet(findings.missing());
    }
}
