package org.supplierportal.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.supplierportal.tolerance.Explanation;

/**
 * One attempt to post a delivery to its receiver: the target checked again (see {@link WebhookTargets}), the body
 * signed per the Standard Webhooks spec, sent with the JDK's HTTP client. A 2xx answer delivers; any other answer, a
 * refused target or connection, or a timeout is a failed attempt.
 */
final class WebhookPost implements AutoCloseable {

    static final String USER_AGENT = "SupplierPortal-Webhooks/1";

    /**
     * How an attempt ended.
     *
     * @param status  the receiver's HTTP status, or null when it gave none
     * @param problem why the delivery failed, as a key of the rules bundle (the delivery log words it in the admin's
     *                language, the API in English); null when it was delivered
     */
    record Outcome(Integer status, Explanation problem) {

        boolean delivered() {
            return problem == null;
        }
    }

    /** Of a Java exception's message, what the delivery log keeps: enough to see what went wrong. */
    private static final int DETAIL_MAX = 300;

    private final WebhookTargets targets;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    WebhookPost(WebhookTargets targets, Clock clock, Duration timeout) {
        this.targets = targets;
        this.clock = clock;
        this.timeout = timeout;
        // Redirects are not followed: a receiver that moved gets its subscription changed, not our signed body re-sent
        // (and a redirect to an inside address would pass by the target check).
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Outcome send(String messageId, String url, String secret, String payload) {
        Optional<Explanation> refused = targets.problemBeforeSending(url);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("content-type", "application/json")
                    .header("user-agent", USER_AGENT)
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, messageId, timestamp, payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status / 100 == 2 ? null : Explanation.of("webhookDelivery.answered", status));
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Outcome(null, describe(unreachable));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, Explanation.of("webhookDelivery.interrupted"));
        }
    }

    private static Explanation describe(Exception unreachable) {
        String key = unreachable instanceof java.net.http.HttpTimeoutException ? "webhookDelivery.noAnswer"
                : unreachable instanceof java.net.ConnectException ? "webhookDelivery.noConnection" : "webhookDelivery.notSent";
        String detail = unreachable.getMessage();
        return detail == null || detail.isBlank() ? Explanation.of(key)
                : Explanation.of(key + ".detail", detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) + "…" : detail);
    }

    @Override
    public void close() {
        http.close();
    }
}
