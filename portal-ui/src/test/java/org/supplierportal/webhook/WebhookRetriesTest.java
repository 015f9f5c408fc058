package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WebhookRetriesTest {

    private final WebhookRetries retries = new WebhookRetries(8, Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void doublesTheWaitUpToTheLongestAndStopsAfterTheLastAttempt() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(attempt -> retries.afterFailed(attempt).orElseThrow().toSeconds()))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 600L, 600L);
        assertThat(retries.afterFailed(8)).isEmpty();
    }
}
