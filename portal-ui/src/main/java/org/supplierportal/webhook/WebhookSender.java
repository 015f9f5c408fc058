package org.supplierportal.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Posts due deliveries to their receivers with the JDK's HTTP client, signed per the Standard Webhooks spec. Every
 * node sweeps; the outbox's claims keep two nodes from sending the same delivery. A 2xx answer delivers; any other
 * answer, a refused connection or a timeout is a failed attempt, retried by the outbox's back-off.
 */
@Component
class WebhookSender implements DisposableBean {

    static final String USER_AGENT = "SupplierPortal-Webhooks/1";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int ROUND = 20;

    private final WebhookOutbox outbox;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    WebhookSender(WebhookOutbox outbox, CurrentUsers currentUsers, Clock clock, WebhookProperties properties) {
        this.outbox = outbox;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.timeout = properties.timeout();
        // Redirects are not followed: a receiver that moved gets its subscription changed, not our signed body re-sent.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
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
        String messageId = due.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.url())).timeout(timeout)
                    .header("content-type", "application/json")
                    .header("user-agent", USER_AGENT)
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(due.secret(), messageId, timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload())).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                outbox.delivered(due, status);
            } else {
                failed(due, status, "The receiver answered " + status + ".");
            }
        } catch (IOException | IllegalArgumentException unreachable) {
            failed(due, null, describe(unreachable));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failed(due, null, "Interrupted while sending (the portal was stopping).");
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

    private static String describe(Exception unreachable) {
        String what = unreachable instanceof java.net.http.HttpTimeoutException ? "No answer in time"
                : unreachable instanceof java.net.ConnectException ? "Could not connect" : "Could not send";
        return what + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage()) + ".";
    }

    @Override
    public void destroy() {
        http.close();
    }
}
