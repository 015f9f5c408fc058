package org.supplierportal.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Protection against password guessing, as a pure rule: after {@code maxFailedAttempts} wrong passwords in a row the
 * account is locked for {@code lockDuration}; the count starts again once the lock has passed.
 */
public record LoginLockPolicy(int maxFailedAttempts, Duration lockDuration) {

    public LoginLockPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** The state of an account after one more wrong password. */
    public Outcome afterFailure(int failuresSoFar, Instant lockedUntil, Instant now) {
        int failures = lockExpired(lockedUntil, now) ? 1 : failuresSoFar + 1;
        if (failures >= maxFailedAttempts) {
            return new Outcome(failures, now.plus(lockDuration));
        }
        return new Outcome(failures, null);
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    private static boolean lockExpired(Instant lockedUntil, Instant now) {
        return lockedUntil != null && !now.isBefore(lockedUntil);
    }

    /** Failed attempts counted so far, and until when the account is locked (null: not locked). */
    public record Outcome(int failedAttempts, Instant lockedUntil) {
    }
}
