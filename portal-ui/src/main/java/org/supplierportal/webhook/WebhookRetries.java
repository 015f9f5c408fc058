package org.supplierportal.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code firstRetry}, then twice as long each time, never longer than
 * {@code longestRetry}; after {@code maxAttempts} attempts it is dead. Pure.
 */
record WebhookRetries(int maxAttempts, Duration firstRetry, Duration longestRetry) {

    WebhookRetries {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.webhooks.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (firstRetry.isNegative() || longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("portal.webhooks.first-retry must be positive and at most longest-retry");
        }
    }

    /** What follows a failed attempt: the wait before the next, or empty when it was the last. */
    java.util.Optional<Duration> afterFailed(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return java.util.Optional.empty();
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attemptsMade - 1, 30));
        return java.util.Optional.of(wait.compareTo(longestRetry) > 0 || wait.isNegative() ? longestRetry : wait);
    }
}
