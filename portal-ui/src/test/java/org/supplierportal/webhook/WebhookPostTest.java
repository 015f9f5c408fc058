package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The check at each attempt: a receiver on this machine (the JDK's HTTP server on loopback, the stand-in for anything
 * inside) gets nothing unless the installation allows its network, and a name that pointed outside when the
 * subscription was saved and points inside now is refused then.
 */
class WebhookPostTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private final WebhookReceiver receiver = receiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aReceiverInsideGetsNothingUnlessItsNetworkIsAllowed() {
        try (WebhookPost refusing = post(targets(List.of())); WebhookPost onPremise = post(targets(List.of("127.0.0.0/8", "::1")))) {
            WebhookPost.Outcome refused = refusing.send(UUID.randomUUID().toString(), receiver.url(), SECRET, "{}");

            assertThat(refused.delivered()).isFalse();
            assertThat(refused.status()).isNull();
            assertThat(refused.problem().english()).contains("loopback");
            assertThat(receiver.received()).isEmpty();

            WebhookPost.Outcome delivered = onPremise.send(UUID.randomUUID().toString(), receiver.url(), SECRET, "{}");
            assertThat(delivered.delivered()).as(String.valueOf(delivered.problem())).isTrue();
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aNameThatNowResolvesInsideIsRefusedAtTheAttempt() throws Exception {
        List<InetAddress> answer = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(InetAddress.getByName("93.184.216.34")));
        WebhookTargets targets = new WebhookTargets(properties(List.of()), host -> List.copyOf(answer)); // DNS as it answers
        String url = "https://hooks.example.com/events";
        assertThat(targets.problemOnSave(url)).isEmpty();

        answer.set(0, InetAddress.getByName("169.254.169.254"));

        try (WebhookPost post = post(targets)) {
            WebhookPost.Outcome refused = post.send(UUID.randomUUID().toString(), url, SECRET, "{}");
            assertThat(refused.problem().english()).contains("hooks.example.com resolves to 169.254.169.254").contains("link-local");
        }
    }

    private static WebhookTargets targets(List<String> allowed) {
        return new WebhookTargets(properties(allowed));
    }

    private static WebhookProperties properties(List<String> allowed) {
        return new WebhookProperties(8, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(10),
                Duration.ofSeconds(2), allowed);
    }

    private static WebhookPost post(WebhookTargets targets) {
        return new WebhookPost(targets, Clock.systemUTC(), Duration.ofSeconds(10));
    }

    private static WebhookReceiver receiver() {
        try {
            return new WebhookReceiver();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
