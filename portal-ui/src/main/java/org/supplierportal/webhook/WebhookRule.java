package org.supplierportal.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.tolerance.Explanation;

/**
 * What a subscription needs: a client, an absolute https URL (plain http only to this machine, for trying a receiver
 * out and for tests: anything else would send signed business data in clear text), at least one event type. Pure.
 */
final class WebhookRule {

    static final int URL_MAX = 2000;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private WebhookRule() {
    }

    static List<WebhookProblem> problems(WebhookDraft draft) {
        List<WebhookProblem> problems = new ArrayList<>();
        if (draft.apiClientId() == null) {
            problems.add(WebhookProblem.of("client", "webhookRule.client"));
        }
        urlProblem(draft.url()).ifPresent(problem -> problems.add(WebhookProblem.of("url", problem)));
        if (draft.eventTypes().isEmpty()) {
            problems.add(WebhookProblem.of("eventTypes", "webhookRule.eventTypes"));
        }
        return problems;
    }

    static Optional<Explanation> urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Explanation.of("webhookRule.urlMissing"));
        }
        if (url.length() > URL_MAX) {
            return Optional.of(Explanation.of("webhookRule.urlTooLong", String.valueOf(URL_MAX)));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            return Optional.of(Explanation.of("webhookRule.urlMalformed", malformed.getReason()));
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return Optional.of(Explanation.of("webhookRule.urlIncomplete"));
        }
        if (uri.getUserInfo() != null) {
            return Optional.of(Explanation.of("webhookRule.urlUserInfo"));
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Explanation.of(scheme.equals("http") ? "webhookRule.plainHttp" : "webhookRule.scheme"));
    }
}
