package org.supplierportal.erp.inbound;

import java.time.Duration;
import java.time.Instant;

/** One run of an import job, as the monitor shows it. */
public record JobRunView(long executionId, String job, String status, Instant startedAt, Instant endedAt,
                         long read, long written, long skipped, long commits, String exitMessage) {

    public Duration duration(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    public boolean running() {
        return "STARTED".equals(status) || "STARTING".equals(status) || "STOPPING".equals(status);
    }
}
