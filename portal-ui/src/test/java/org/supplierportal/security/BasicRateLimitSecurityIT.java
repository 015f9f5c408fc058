package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.identity.LoginProperties;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 13: every HTTP Basic call costs a BCrypt hash (~70 ms of CPU), so a script with a right password polling
 * in a loop occupied a core: 7 to 8 calls per second took the whole API. Now a login and an address each have an
 * allowance per minute; beyond it the call is refused before hashing, 429 with Retry-After. The client address comes
 * from X-Forwarded-For, as behind the portal's proxy (the test connects from loopback, a trusted proxy address).
 * <p>
 * The allowances come back evenly over their period: with the default minute, 60 calls a minute give one call back
 * every second, and the seconds the test's own calls take (a BCrypt hash each) would give some back before the test
 * reaches the limit. An hour's period keeps the default allowances and gives back one call a minute, so the calls of
 * the test use the allowance up as a burst of polls would.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.login.basic-calls-period=PT1H")
class BasicRateLimitSecurityIT {

    private static final String API = "/api/v1/orders?limit=1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    LoginProperties settings;

    @Test
    void oneLoginBeyondItsAllowanceGets429WithRetryAfterFromAnyAddress() {
        String script = person("script");
        for (int call = 0; call < settings.maxBasicCallsPerAccount(); call++) {
            assertThat(basic(script, "203.0.113.60").statusCode()).as("call %d", call + 1).isEqualTo(200);
        }

        HttpResponse<String> refused = basic(script, "203.0.113.60");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, settings.basicCallsPeriod().toSeconds()));
        assertThat(refused.body()).contains("too-many-requests");
        assertThat(basic(script, "198.51.100.61").statusCode()).as("the same login elsewhere").isEqualTo(429);
        assertThat(basic(person("colleague"), "198.51.100.61").statusCode()).as("another login").isEqualTo(200);
    }

    @Test
    void oneAddressBeyondItsAllowanceGets429WhateverTheLogin() {
        String address = "203.0.113.70";
        int calls = 0;
        while (calls < settings.maxBasicCallsPerAddress()) {
            String login = person("office");
            for (int i = 0; i < settings.maxBasicCallsPerAccount() / 2 && calls < settings.maxBasicCallsPerAddress(); i++, calls++) {
                assertThat(basic(login, address).statusCode()).as("call %d", calls + 1).isEqualTo(200);
            }
        }

        assertThat(basic(person("newcomer"), address).statusCode()).isEqualTo(429);
        assertThat(basic(person("newcomer"), "198.51.100.71").statusCode()).isEqualTo(200);
    }

    private String person(String name) {
        String login = "basic." + name + "." + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.runAsSystem("test", () -> users.provision(new UserDefinition(login, "Basic " + name, null,
                Role.BUYER, null, "right-password"), "TEST"));
        return login;
    }

    private HttpResponse<String> basic(String username, String clientAddress) {
        Attacker attacker = new Attacker(port);
        return attacker.send(attacker.as(username, "right-password", API).header("X-Forwarded-For", clientAddress).GET().build());
    }
}
