package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.TestMailServer;

/**
 * Issue 10, attack 8 (host-header poisoning): the invitation link took its host from the inviting admin's request.
 * Here the admin's requests arrive through the proxy with a forged X-Forwarded-Host (an attacker's page, extension or
 * proxy can add it); the mailed link must still point to the portal.
 */
class InvitationLinkSecurityIT extends BrowserTestBase {

    private static final String FORGED_HOST = "127.0.0.2";

    @AfterEach
    void plainRequestsAgain() {
        browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    @Test
    void aForgedHostDoesNotReachTheMailedLink() throws Exception {
        String email = "host.target." + UUID.randomUUID().toString().substring(0, 6) + "@acme-metals.example";
        browser.logIn("acme.admin", DEMO_PASSWORD).waitUntilPath("/");
        // From here on every request of the admin's browser names another host. A loopback one: the browser is never
        // sent anywhere else, and the test reaches no other machine.
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-Host", FORGED_HOST)));

        browser.open("/company/users").click(By.id("invite-person"));
        browser.fill("invite-email", email).fill("invite-name", "Hal Host").click(By.id("send-invitation"));
        browser.waitUntilNotification("Invitation e-mailed to " + email);

        String link = TestMailServer.invitationLink(TestMailServer.lastMessageTo(email));
        assertThat(link).doesNotContain(FORGED_HOST).startsWith("http://localhost:" + port + "/invitation/");
    }
}
