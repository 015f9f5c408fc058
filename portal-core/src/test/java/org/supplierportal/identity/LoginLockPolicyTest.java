package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginLockPolicyTest {

    private final LoginLockPolicy policy = new LoginLockPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void countsWrongPasswordsWithoutLockingBelowTheLimit() {
        LoginLockPolicy.Outcome outcome = policy.afterFailure(3, null, now);

        assertThat(outcome.failedAttempts()).isEqualTo(4);
        assertThat(outcome.lockedUntil()).isNull();
    }

    @Test
    void locksForTheConfiguredDurationAtTheLimit() {
        LoginLockPolicy.Outcome outcome = policy.afterFailure(4, null, now);

        assertThat(outcome.failedAttempts()).isEqualTo(5);
        assertThat(outcome.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void startsCountingAgainOnceTheLockHasPassed() {
        Instant expiredLock = now.minusSeconds(1);

        LoginLockPolicy.Outcome outcome = policy.afterFailure(5, expiredLock, now);

        assertThat(outcome.failedAttempts()).isEqualTo(1);
        assertThat(outcome.lockedUntil()).isNull();
    }

    @Test
    void isLockedUntilTheMomentTheLockEnds() {
        Instant until = now.plusSeconds(60);

        assertThat(policy.isLocked(until, now)).isTrue();
        assertThat(policy.isLocked(until, until)).isFalse();
        assertThat(policy.isLocked(null, now)).isFalse();
    }
}
