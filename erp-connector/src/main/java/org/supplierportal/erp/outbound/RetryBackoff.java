package org.supplierportal.erp.outbound;

import java.time.Duration;

/** When to try again after a transient failure: doubling from 2 seconds, at most every 5 minutes. Pure. */
final class RetryBackoff {

    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration LONGEST = Duration.ofMinutes(5);

    private RetryBackoff() {
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    static Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return FIRST;
        }
        long seconds = FIRST.toSeconds() << Math.min(failedAttempts - 1, 20);
        return seconds >= LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds);
    }
}
