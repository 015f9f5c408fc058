package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.supplierportal.tolerance.Explanation;

class WebhookTargetRuleTest {

    private static final Predicate<InetAddress> NOTHING_ALLOWED = address -> false;

    @Test
    void namesEveryKindOfAddressInsideTheMachineOrNetwork() throws Exception {
        assertThat(kind("127.0.0.1")).hasValue(WebhookTargetRule.Kind.LOOPBACK);
        assertThat(kind("127.8.9.10")).hasValue(WebhookTargetRule.Kind.LOOPBACK);
        assertThat(kind("::1")).hasValue(WebhookTargetRule.Kind.LOOPBACK);
        assertThat(kind("::ffff:127.0.0.1")).as("IPv4-mapped").hasValue(WebhookTargetRule.Kind.LOOPBACK);
        assertThat(kind("169.254.169.254")).as("cloud metadata").hasValue(WebhookTargetRule.Kind.LINK_LOCAL);
        assertThat(kind("fe80::1")).hasValue(WebhookTargetRule.Kind.LINK_LOCAL);
        assertThat(kind("10.1.2.3")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("172.16.0.1")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("172.31.255.255")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("192.168.1.1")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("fc00::1")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("fd12:3456::1")).hasValue(WebhookTargetRule.Kind.PRIVATE);
        assertThat(kind("0.0.0.0")).hasValue(WebhookTargetRule.Kind.UNSPECIFIED);
        assertThat(kind("0.1.2.3")).hasValue(WebhookTargetRule.Kind.UNSPECIFIED);
        assertThat(kind("::")).hasValue(WebhookTargetRule.Kind.UNSPECIFIED);
    }

    @Test
    void publicAddressesAreFine() throws Exception {
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1",
                "11.0.0.1", "2606:4700::1111", "fb00::1", "fe00::1")) {
            assertThat(kind(address)).as(address).isEmpty();
        }
    }

    @Test
    void refusesAHostWithAnyInsideAddressAndSaysWhichAndWhy() throws Exception {
        List<InetAddress> mixed = List.of(ip("93.184.216.34"), ip("169.254.169.254"));

        assertThat(WebhookTargetRule.problem("hooks.example.com", mixed, NOTHING_ALLOWED).map(Explanation::english)).hasValueSatisfying(message ->
                assertThat(message).contains("hooks.example.com resolves to 169.254.169.254").contains("link-local")
                        .contains("PORTAL_WEBHOOKS_ALLOWED_PRIVATE_NETWORKS"));
        assertThat(WebhookTargetRule.problem("10.0.0.5", List.of(ip("10.0.0.5")), NOTHING_ALLOWED).map(Explanation::english)).hasValueSatisfying(
                message -> assertThat(message).contains("10.0.0.5 is a private network address"));
        assertThat(WebhookTargetRule.problem("hooks.example.com", List.of(ip("93.184.216.34")), NOTHING_ALLOWED)).isEmpty();
    }

    @Test
    void namesTheRefusalByItsKeyWithTheKindOfAddressAndKeepsTheEnglishText() throws Exception {
        Explanation resolved = WebhookTargetRule.problem("hooks.example.com", List.of(ip("169.254.169.254")), NOTHING_ALLOWED)
                .orElseThrow();
        Explanation literal = WebhookTargetRule.problem("10.0.0.5", List.of(ip("10.0.0.5")), NOTHING_ALLOWED).orElseThrow();

        assertThat(resolved).isEqualTo(Explanation.of("webhookRule.targetResolves", "hooks.example.com", "169.254.169.254",
                Explanation.of("webhookRule.kind.LINK_LOCAL")));
        assertThat(resolved.english()).isEqualTo("The portal does not post to its own machine or network: hooks.example.com"
                + " resolves to 169.254.169.254, a link-local address (169.254.x.x or fe80::, where cloud metadata services"
                + " answer). Use the receiver's public address; an on-premise portal's administrator can allow private"
                + " networks (PORTAL_WEBHOOKS_ALLOWED_PRIVATE_NETWORKS).");
        assertThat(literal.key()).isEqualTo("webhookRule.targetIs");
        assertThat(literal.english()).startsWith("The portal does not post to its own machine or network: 10.0.0.5 is a"
                + " private network address (10/8, 172.16/12, 192.168/16 or fc00::/7). Use the receiver's public address;");
    }

    @Test
    void anAllowedNetworkMayBeTargetedButOnlyIt() throws Exception {
        Predicate<InetAddress> onPremise = address -> address.getHostAddress().startsWith("10.");

        assertThat(WebhookTargetRule.problem("erp.local", List.of(ip("10.20.0.7")), onPremise)).isEmpty();
        assertThat(WebhookTargetRule.problem("erp.local", List.of(ip("10.20.0.7"), ip("127.0.0.1")), onPremise).map(Explanation::english))
                .hasValueSatisfying(message -> assertThat(message).contains("127.0.0.1").contains("loopback"));
    }

    private static Optional<WebhookTargetRule.Kind> kind(String literal) throws UnknownHostException {
        return WebhookTargetRule.kindOf(ip(literal));
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal); // a literal: no DNS
    }
}
