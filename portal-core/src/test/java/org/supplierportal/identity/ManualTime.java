package org.supplierportal.identity;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;

/** The throttles' clock in tests: it moves only when a test says so. */
final class ManualTime implements TimeMeter {

    private long nanos = 1_000_000_000L;

    void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
