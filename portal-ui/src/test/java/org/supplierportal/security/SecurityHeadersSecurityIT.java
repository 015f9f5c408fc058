package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 10, attack 5: no Content-Security-Policy, Vaadin pages without nosniff and no-store, no Secure cookie and no
 * HSTS behind a TLS proxy, {@code ;jsessionid=} in redirects. Checked on the log-in page, a logged-in page, the
 * API and a static file; the proxy's X-Forwarded-Proto comes from loopback, a trusted proxy address.
 */
@PortalIntegrationTest
class SecurityHeadersSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Attacker client = new Attacker(port);
        String session = logIn(client);

        HttpResponse<String> loginPage = client.send(client.request("/login").GET().build());
        HttpResponse<String> loggedInPage = client.send(client.request("/orders").header("Cookie", session).GET().build());
        HttpResponse<String> api = client.get("acme.anna", "/api/v1/orders");
        HttpResponse<String> stylesheet = client.send(client.request("/styles/portal.css").GET().build());

        for (HttpResponse<String> response : java.util.List.of(loginPage, loggedInPage, api, stylesheet)) {
            String what = response.uri().getPath();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "form-action 'self'", "base-uri 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        }
        for (HttpResponse<String> response : java.util.List.of(loginPage, loggedInPage, api)) {
            assertThat(response.headers().allValues("Cache-Control")).as(response.uri().getPath())
                    .anySatisfy(value -> assertThat(value).contains("no-store"));
        }
        assertThat(loggedInPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isEmpty();
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() {
        Attacker client = new Attacker(port);

        HttpResponse<String> page = client.send(client.request("/login").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.77").GET().build());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void noRedirectCarriesTheSessionIdInItsUrl() {
        Attacker client = new Attacker(port);

        HttpResponse<String> toLogin = client.send(client.request("/logout").GET().build());
        HttpResponse<String> forged = client.send(client.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).build());
        HttpResponse<String> afterLogin = logInResponse(client);

        assertThat(java.util.List.of(toLogin, forged, afterLogin)).extracting(response -> response.headers().firstValue("Location").orElse(""))
                .filteredOn(location -> !location.isEmpty()).isNotEmpty()
                .allSatisfy(location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
    }

    private static String logIn(Attacker client) {
        return Attacker.sessionCookie(logInResponse(client));
    }

    private static HttpResponse<String> logInResponse(Attacker client) {
        HttpResponse<String> login = client.formLogin("acme.anna", Attacker.DEMO_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        return login;
    }
}
