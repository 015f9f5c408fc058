package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Attacker browserLike = new Attacker(port);
        HttpResponse<String> page = browserLike.send(browserLike.request("/login").GET().build());
        String session = page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst().orElseThrow();
        String token = meta(page.body(), "_csrf");
        String parameter = meta(page.body(), "_csrf_parameter");

        HttpResponse<String> login = browserLike.send(browserLike.request("/login").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=acme.anna&password=" + Attacker.DEMO_PASSWORD + "&"
                        + parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("login").endsWith(":" + port + "/"));
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("meta " + name + " on the log-in page").isTrue();
        return matcher.group(1);
    }
}
