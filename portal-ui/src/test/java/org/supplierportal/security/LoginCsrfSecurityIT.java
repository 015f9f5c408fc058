package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 10, attack 4 (login CSRF): a hostile page posting the attacker's login and password to /login logged the
 * victim's browser into the attacker's account. The form post must carry the CSRF token of the victim's own log-in
 * page, which another site cannot read.
 */
@PortalIntegrationTest
class LoginCsrfSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutTheTokenLogsNobodyIn() {
        Attacker attacker = new Attacker(port);

        HttpResponse<String> forged = attacker.send(attacker.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=acme.anna&password=" + Attacker.DEMO_PASSWORD)).build());

        // Refused (403), or sent back to the log-in page; a log-in would redirect to the portal's start page.
        String location = forged.headers().firstValue("Location").orElse("");
        assertThat(forged.statusCode()).as("status, Location " + location).isIn(302, 403);
        assertThat(location).as("where the forged log-in leads").doesNotEndWith(":" + port + "/").doesNotEndWith(":" + port);
        assertThat(forged.statusCode() == 403 || location.contains("/login")).as("refused: " + location).isTrue();
    }

    @Test
    void theLoginPagesOwnTokenLogsIn() {
        HttpResponse<String> login = new Attacker(port).formLogin("acme.anna", Attacker.DEMO_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("login").endsWith(":" + port + "/"));
    }
}
