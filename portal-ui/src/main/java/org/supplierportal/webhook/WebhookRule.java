package org.supplierportal.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
            problems.add(new WebhookProblem("client", "Choose the API client whose system receives the events."));
        }
        urlProblem(draft.url()).ifPresent(message -> problems.add(new WebhookProblem("url", message)));
        if (draft.eventTypes().isEmpty()) {
            problems.add(new WebhookProblem("eventTypes", "Choose at least one event."));
        }
        return problems;
    }

    static java.util.Optional<String> urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.of("Enter the address the events are posted to, e.g. https://erp.example.com/portal-events.");
        }
        if (url.length() > URL_MAX) {
            return java.util.Optional.of("The address is longer than " + URL_MAX + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            return java.util.Optional.of("This is not a web address: " + malformed.getReason() + ".");
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return java.util.Optional.of("Enter a full address with https:// and a host name.");
        }
        if (uri.getUserInfo() != null) {
            return java.util.Optional.of("Leave the user name and password out of the address: every delivery is signed instead.");
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(scheme.equals("http") ? "Use https: plain http is accepted only for a receiver on the portal's own machine, where its administrator allowed that."
                : "Use an https:// address.");
    }
}
