package org.supplierportal.webhook;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Posts due deliveries to their receivers ({@link WebhookPost}). Every node sweeps; the outbox's claims keep two nodes
 * from sending the same delivery. A failed attempt is retried by the outbox's back-off.
 */
@Component
class WebhookSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int ROUND = 20;

    private final WebhookOutbox outbox;
    private final CurrentUsers currentUsers;
    private final WebhookPost post;

    WebhookSender(WebhookOutbox outbox, CurrentUsers currentUsers, Clock clock, WebhookProperties properties,
                  WebhookTargets targets) {
        this.outbox = outbox;
        this.currentUsers = currentUsers;
        this.post = new WebhookPost(targets, clock, properties.timeout());
    }

    @Scheduled(initialDelayString = "${portal.webhooks.sweep-interval:PT2S}",
            fixedDelayString = "${portal.webhooks.sweep-interval:PT2S}")
    void sweep() {
        deliverDue();
    }

    /** For a person's request (Send again), whose thread keeps that person and must not act as the system. */
    @Async
    void deliverDueInBackground() {
        deliverDue();
    }

    /** Sends what is due, round after round, each round claimed in the database first. */
    void deliverDue() {
        currentUsers.runAsSystem("webhooks", () -> {
            List<WebhookOutbox.Due> claimed;
            while (!(claimed = outbox.claimDue(ROUND)).isEmpty()) {
                claimed.forEach(this::send);
            }
        });
    }

    private void send(WebhookOutbox.Due due) {
        WebhookPost.Outcome outcome = post.send(due.id().toString(), due.url(), due.secret(), due.payload());
        if (outcome.delivered()) {
            outbox.delivered(due, outcome.status());
        } else {
            failed(due, outcome.status(), outcome.error());
        }
    }

    private void failed(WebhookOutbox.Due due, Integer status, String error) {
        boolean dead = outbox.failed(due, status, error);
        if (dead) {
            log.warn("Webhook delivery {} to {} is dead after {} attempts: {}", due.id(), due.url(), due.attempts() + 1, error);
        } else {
            log.info("Webhook delivery {} to {} failed (attempt {}): {}", due.id(), due.url(), due.attempts() + 1, error);
        }
    }

    @Override
    public void destroy() {
        post.close();
    }
}
