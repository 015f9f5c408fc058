package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The allowance of successful HTTP Basic calls: per account, per address, coming back evenly. */
class BasicCallThrottleTest {

    private static final String OFFICE = "198.51.100.4";
    private static final String ELSEWHERE = "203.0.113.7";

    private final ManualTime time = new ManualTime();
    private final BasicCallThrottle throttle = new BasicCallThrottle(new BasicCallPolicy(3, 5, Duration.ofMinutes(1)), time);

    @Test
    void anAccountBeyondItsAllowanceWaitsForTheNextCallWhereverItCallsFrom() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBeforeCall("script", OFFICE)).isEmpty();
            throttle.called("script", OFFICE);
        }

        assertThat(throttle.waitBeforeCall("script", OFFICE)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(throttle.waitBeforeCall("SCRIPT", ELSEWHERE)).as("the same account, another address").isPresent();
        assertThat(throttle.waitBeforeCall("colleague", OFFICE)).as("another account").isEmpty();

        time.advance(Duration.ofSeconds(20));
        assertThat(throttle.waitBeforeCall("script", OFFICE)).as("one call came back after a third of the period").isEmpty();
    }

    @Test
    void oneAddressBeyondItsAllowanceWaitsWhateverTheAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.called("account-" + i, OFFICE);
        }

        assertThat(throttle.waitBeforeCall("account-new", OFFICE)).isPresent();
        assertThat(throttle.waitBeforeCall("account-new", ELSEWHERE)).isEmpty();
    }

    @Test
    void checkingDoesNotUseTheAllowance() {
        for (int i = 0; i < 10; i++) {
            throttle.waitBeforeCall("script", OFFICE);
        }
        assertThat(throttle.waitBeforeCall("script", OFFICE)).isEmpty();
    }
}
