package org.supplierportal.webhook;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tolerance.Explanation;

/**
 * Posts due deliveries to their receivers ({@link WebhookPost}). Every node sweeps; the outbox's claims keep two nodes
 * from sending the same delivery. A failed attempt is retried by the outbox's back-off.
 */
@Component
class WebhookSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookOutbox outbox;
    private final CurrentUsers currentUsers;
    private final WebhookPost post;
    /** One round at a time on this node (the sweep, and "Send again"): see the ERP's {@code OutboundDispatcher}. */
    private final ReentrantLock round = new ReentrantLock();

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

    /**
     * Sends what is due, one delivery after the other, each claimed in the database just before it is sent. One claim
     * covers one sending, never a batch: receivers slow to answer would stretch a batch past the lease, and another
     * node would then send its last deliveries again.
     */
    void deliverDue() {
        if (!round.tryLock()) {
            return; // This node's round under way sends what this one would have: it claims until nothing is due.
        }
        try {
            currentUsers.runAsSystem("webhooks", () -> {
                Optional<WebhookOutbox.Due> claimed;
                while ((claimed = outbox.claimNext()).isPresent()) {
                    send(claimed.get());
                }
            });
        } finally {
            round.unlock();
        }
    }

    private void send(WebhookOutbox.Due due) {
        WebhookPost.Outcome outcome = post.send(due.id().toString(), due.url(), due.secret(), due.payload());
        if (outcome.delivered()) {
            outbox.delivered(due, outcome.status());
        } else {
            failed(due, outcome.status(), outcome.problem());
        }
    }

    private void failed(WebhookOutbox.Due due, Integer status, Explanation problem) {
        boolean dead = outbox.failed(due, status, problem);
        if (dead) {
            log.warn("Webhook delivery {} to {} is dead after {} attempts: {}", due.id(), due.url(), due.attempts() + 1,
                    problem.english());
        } else {
            log.info("Webhook delivery {} to {} failed (attempt {}): {}", due.id(), due.url(), due.attempts() + 1,
                    problem.english());
        }
    }

    @Override
    public void destroy() {
        post.close();
    }
}
