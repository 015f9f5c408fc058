package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 10, attack 3: five anonymous wrong passwords ({@code curl -u admin:x}) locked any login for 15 minutes, and
 * the answers told which logins exist. Now a stranger's guesses throttle only the stranger. The client address comes
 * from X-Forwarded-For, as behind the portal's proxy (the test connects from loopback, a trusted proxy address);
 * the addresses are documentation ranges and only appear in headers.
 */
@PortalIntegrationTest
class LoginThrottlingSecurityIT {

    private static final String API = "/api/v1/orders";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    CurrentUsers currentUsers;

    @Test
    void aStrangersWrongPasswordsDoNotLockThePersonOut() {
        String login = person("victim");

        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(basic(login, "guess-" + attempt, "203.0.113.10").statusCode()).isEqualTo(401);
        }

        assertThat(basic(login, "right-password", "203.0.113.10").statusCode()).as("the stranger's address is throttled").isEqualTo(401);
        assertThat(basic(login, "right-password", "198.51.100.20").statusCode()).as("the person elsewhere logs in").isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyLoginsIsThrottledForEveryLogin() {
        String login = person("sprayed");
        for (int attempt = 0; attempt < 30; attempt++) {
            basic("made-up-" + UUID.randomUUID(), "Winter2026!", "203.0.113.30");
        }

        assertThat(basic(login, "right-password", "203.0.113.30").statusCode()).isEqualTo(401);
        assertThat(basic(login, "right-password", "198.51.100.30").statusCode()).isEqualTo(200);
    }

    @Test
    void everyFailureGetsTheSameAnswer() {
        String deactivated = person("deactivated");
        UUID id = currentUsers.runAsSystem("test", () -> users.principalOf(deactivated).orElseThrow().userId());
        currentUsers.runAsSystem("test", () -> users.deactivate(id));

        HttpResponse<String> unknown = basic("nobody-" + UUID.randomUUID(), "right-password", "203.0.113.40");
        HttpResponse<String> wrong = basic(person("known"), "wrong-password", "203.0.113.41");
        HttpResponse<String> disabled = basic(deactivated, "right-password", "203.0.113.42");

        for (HttpResponse<String> answer : java.util.List.of(unknown, wrong, disabled)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(unknown.body());
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isEqualTo(unknown.headers().firstValue("WWW-Authenticate"));
        }
    }

    private String person(String name) {
        String login = "throttle." + name + "." + UUID.randomUUID().toString().substring(0, 8);
        currentUsers.runAsSystem("test", () -> users.provision(new UserDefinition(login, "Throttle " + name, null,
                Role.BUYER, null, "right-password"), "TEST"));
        return login;
    }

    private HttpResponse<String> basic(String username, String password, String clientAddress) {
        Attacker attacker = new Attacker(port);
        return attacker.send(attacker.as(username, password, API).header("X-Forwarded-For", clientAddress).GET().build());
    }
}
