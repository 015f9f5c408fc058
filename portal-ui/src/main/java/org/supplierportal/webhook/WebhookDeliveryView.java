package org.supplierportal.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one subscription, for the delivery log.
 *
 * @param id         also the {@code webhook-id} header: the same on every attempt and replay
 * @param lastStatus the receiver's HTTP status at the last attempt; null before any, or when it did not answer
 * @param lastError  why the last attempt failed; null after a success
 */
public record WebhookDeliveryView(UUID id, UUID subscriptionId, String url, String apiClientName, String eventType,
                                  String supplierKey, Instant createdAt, State state, int attempts,
                                  Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt) {

    public enum State { PENDING, DELIVERED, DEAD }

    /** Dead ones, and delivered ones a receiver lost, can be sent again; pending ones are on their way. */
    public boolean canSendAgain() {
        return state != State.PENDING;
    }
}
