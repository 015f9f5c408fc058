package org.supplierportal.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.supplierportal.tolerance.Explanation;

/**
 * Applies {@link WebhookTargetRule} to a URL's host as DNS answers now: when a subscription is saved, and again before
 * every attempt, because a name that pointed outside may point inside by then. (The JDK caches an answer for 30
 * seconds, so the attempt's own lookup right after sees the address checked here.)
 */
@Component
class WebhookTargets {

    /** Looks a host name up; the JDK's resolver, or a test's. */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final List<IpAddressMatcher> allowedNetworks;
    private final Resolver resolver;

    @Autowired
    WebhookTargets(WebhookProperties properties) {
        this(properties, host -> Arrays.asList(InetAddress.getAllByName(host)));
    }

    WebhookTargets(WebhookProperties properties, Resolver resolver) {
        this.allowedNetworks = properties.allowedPrivateNetworks().stream().map(WebhookTargets::network).toList();
        this.resolver = resolver;
    }

    /**
     * For a new subscription: why its URL may not be posted to. A host DNS does not know (yet) is accepted; each
     * attempt checks it again.
     */
    Optional<Explanation> problemOnSave(String url) {
        return problem(url, unknownHost -> Optional.empty());
    }

    /** Before an attempt: why the delivery may not be posted there now; a host DNS does not know is one. */
    Optional<Explanation> problemBeforeSending(String url) {
        return problem(url, unknownHost -> Optional.of(Explanation.of("webhookRule.unknownHost", unknownHost)));
    }

    private Optional<Explanation> problem(String url, Function<String, Optional<Explanation>> whenUnknown) {
        return hostOf(url).flatMap(host -> {
            try {
                return WebhookTargetRule.problem(host, resolver.resolve(host), this::allowed);
            } catch (UnknownHostException unknown) {
                return whenUnknown.apply(host);
            }
        });
    }

    private boolean allowed(InetAddress address) {
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        String plain = scope < 0 ? literal : literal.substring(0, scope);
        return allowedNetworks.stream().anyMatch(network -> network.matches(plain));
    }

    private static Optional<String> hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(name -> name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty(); // WebhookRule names that
        }
    }

    private static IpAddressMatcher network(String cidr) {
        try {
            return new IpAddressMatcher(cidr.strip());
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("portal.webhooks.allowed-private-networks: '" + cidr
                    + "' is not an address or a network such as 10.0.0.0/8 or fd00::/8 (" + wrong.getMessage() + ")", wrong);
        }
    }
}
