package org.supplierportal.webhook;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * One event's delivery to one subscription, for the delivery log.
 *
 * @param id         also the {@code webhook-id} header: the same on every attempt and replay
 * @param lastStatus the receiver's HTTP status at the last attempt; null before any, or when it did not answer
 * @param lastError  why the last attempt failed, as kept (see {@link #lastProblem()}); null after a success
 */
public record WebhookDeliveryView(UUID id, UUID subscriptionId, String url, String apiClientName, String eventType,
                                  String supplierKey, Instant createdAt, State state, int attempts,
                                  Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt) {

    public enum State { PENDING, DELIVERED, DEAD }

    /**
     * Why the last attempt failed, to be worded in the reader's language (the API: in English); a text kept before
     * it had a key, as it was kept; null after a success.
     */
    public Explanation lastProblem() {
        return ExplanationText.readOrAsStored(lastError);
    }

    /** Dead ones, and delivered ones a receiver lost, can be sent again; pending ones are on their way. */
    public boolean canSendAgain() {
        return state != State.PENDING;
    }
}
