package org.supplierportal.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.supplierportal.tolerance.Explanation;

/**
 * Where the portal may post a webhook: not to its own machine or network. A webhook URL is typed by somebody outside
 * (a supplier's administrator, a system with a token), and the portal posts to it from inside the manufacturer's
 * network; without this rule that URL could reach the portal's own admin ports, the database host, an intranet
 * service or the cloud's metadata service (169.254.169.254, which hands out credentials). Every address a host name
 * resolves to must be public, unless it lies in a network the installation allows (on premise, receivers are often
 * on the private network). Pure.
 */
final class WebhookTargetRule {

    /** Why an address is not a public one; the message words each as {@code webhookRule.kind.<name>}. */
    enum Kind {
        LOOPBACK, LINK_LOCAL, PRIVATE, UNSPECIFIED, MULTICAST;

        Explanation description() {
            return Explanation.of("webhookRule.kind." + name());
        }
    }

    private WebhookTargetRule() {
    }

    /** What kind of non-public address this is; empty for a public one. */
    static Optional<Kind> kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || bytes.length == 4 && bytes[0] == 0) {
            return Optional.of(Kind.UNSPECIFIED); // 0.0.0.0/8 is "this network": Linux connects it to the machine itself
        }
        if (address.isLoopbackAddress()) {
            return Optional.of(Kind.LOOPBACK);
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of(Kind.LINK_LOCAL);
        }
        // isSiteLocalAddress covers 10/8, 172.16/12, 192.168/16 and the old fec0::/10; unique local fc00::/7 by hand.
        if (address.isSiteLocalAddress() || address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of(Kind.PRIVATE);
        }
        if (address.isMulticastAddress()) {
            return Optional.of(Kind.MULTICAST);
        }
        return Optional.empty();
    }

    /**
     * Why the portal may not post to {@code host}, which resolved to {@code addresses}; empty when it may.
     *
     * @param allowed the networks the installation allows although they are not public
     */
    static Optional<Explanation> problem(String host, List<InetAddress> addresses, Predicate<InetAddress> allowed) {
        for (InetAddress address : addresses) {
            Optional<Kind> kind = kindOf(address).filter(notPublic -> !allowed.test(address));
            if (kind.isPresent()) {
                boolean literal = host.equalsIgnoreCase(address.getHostAddress()) || host.equals("[" + address.getHostAddress() + "]");
                return Optional.of(literal ? Explanation.of("webhookRule.targetIs", host, kind.get().description())
                        : Explanation.of("webhookRule.targetResolves", host, address.getHostAddress(), kind.get().description()));
            }
        }
        return Optional.empty();
    }
}
