package org.supplierportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.BrowserTestBase;
import org.supplierportal.testsupport.KeycloakTestServer;
import org.supplierportal.testsupport.TestMailServer;

/** People log in through the real Keycloak's page; the portal places them in their own supplier. */
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class, KeycloakTestServer.Initializer.class})
class KeycloakLoginBrowserIT extends BrowserTestBase {

    @Test
    void aSupplierLogsInOnKeycloaksPageAndLandsInTheirCompany() {
        keycloakLogIn("acme.anna", DEMO_PASSWORD);

        browser.waitUntilPath("/");
        assertThat(browser.pageText()).contains("Anna Berg").contains("Acme Metals");
        // Searched for: other tests of the run add orders of Acme's, which may push the demo order off the first rows.
        browser.open("/orders?q=4500017001").waitUntilText(By.tagName("body"), "4500017001");
        assertThat(browser.pageText()).contains("4500017001").doesNotContain("Nordic Plastics");
        shot("1-logged-in");
    }

    @Test
    void aUserOfAnotherOrganizationSeesOnlyTheirs() {
        keycloakLogIn("nordic.nils", DEMO_PASSWORD);

        browser.waitUntilPath("/").open("/orders?q=4500017001").waitUntilText(By.tagName("body"), "Nordic Plastics");
        assertThat(browser.pageText()).contains("Nordic Plastics").doesNotContain("4500017001").doesNotContain("Acme Metals");
    }

    @Test
    void loggingOutEndsThePortalAndTheKeycloakSession() {
        keycloakLogIn("acme.anna", DEMO_PASSWORD);
        browser.waitUntilPath("/");

        browser.click(By.id("logout"));

        // Back at Keycloak's page asking who you are: its session ended too, or it would have logged us straight in.
        waitForKeycloak(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakTestServer.get().issuer());
        browser.open("/orders");
        waitForKeycloak(By.id("username"));
    }

    @Test
    void aPersonWithoutASupplierIsRefusedWithAPageThatSaysWhy() {
        String username = "drifter-" + UUID.randomUUID().toString().substring(0, 6);
        createKeycloakUser(username, "SUPPLIER_USER");

        keycloakLogIn(username, "drift-password-1");

        browser.waitUntilPath("/login-refused");
        assertThat(browser.text(By.id("refusal-reason"))).contains("not linked to a supplier company");
        assertThat(browser.find(By.id("log-in-as-someone-else")).getAttribute("href"))
                .startsWith(KeycloakTestServer.get().issuer() + "/protocol/openid-connect/logout");
        shot("2-refused");
    }

    @Test
    void anAdminOnboardsASupplierAndInvitesItsPersonWhoLogsInThroughKeycloakToTheNewEmptyCompany() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Keycloak Forge " + suffix;
        String key = "keycloak-forge-" + suffix;
        String email = "kim." + suffix + "@keycloak-forge.example";
        keycloakLogIn("admin", DEMO_PASSWORD);
        browser.waitUntilPath("/").open("/suppliers/new");
        browser.fill("supplier-name", name).fill("supplier-party-codes", "KF-" + suffix).click(By.id("create-supplier"));
        browser.waitUntilPath("/suppliers/" + key);
        browser.click(By.id("invite-people")).waitUntilPath("/admin/users");
        browser.fill("invite-email", email).fill("invite-name", "Kim Keycloak").click(By.id("send-invitation"));
        browser.waitUntilText(By.id("invitations"), email);

        var realm = KeycloakTestServer.get().realm();
        var organization = realm.organizations().searchByAttribute("alias:" + key);
        assertThat(organization).singleElement().satisfies(org -> assertThat(org.getName()).isEqualTo(name));
        assertThat(realm.users().searchByUsername(email, true)).singleElement().satisfies(user -> {
            assertThat(user.getAttributes()).containsEntry("tenant", List.of(key));
            assertThat(user.getFirstName()).isEqualTo("Kim");
        });
        assertThat(realm.organizations().get(organization.getFirst().getId()).members().search(email, true, 0, 5)).hasSize(1);

        browser.click(By.id("logout"));
        waitForKeycloak(By.id("username"));
        String link = TestMailServer.invitationLink(TestMailServer.lastMessageTo(email));
        browser.open(URI.create(link).getPath());
        browser.fill("new-password", "keycloak keeps this").fill("repeat-password", "keycloak keeps this")
                .click(By.id("set-password"));
        // The portal's log-in page passes on to Keycloak's, where the new password works.
        waitForKeycloak(By.id("username"));
        keycloakForm(email, "keycloak keeps this");
        browser.waitUntilPath("/");
        assertThat(browser.pageText()).contains("Kim Keycloak").contains(name);
        browser.open("/orders");
        assertThat(browser.pageText()).doesNotContain("4500017001").doesNotContain("Acme Metals");
        shot("3-new-supplier-person");
    }

    @Test
    void anAdminSeesTheKeycloakSystemsThatCalledTheApiOnApiClients() {
        String token = KeycloakTestServer.get().serviceAccountToken("acme-erp", "acme-erp-secret", null);
        assertThat(new org.supplierportal.testsupport.ApiCalls(port).get("/api/v1/orders?limit=1", token).statusCode()).isEqualTo(200);

        keycloakLogIn("admin", DEMO_PASSWORD);
        browser.waitUntilPath("/").open("/admin/api-clients").waitUntilText(By.id("api-clients"), "acme-erp");

        assertThat(browser.pageText()).contains("service account", "acme-erp", "Acme Metals", "Set in Keycloak", "orders:read")
                .doesNotContain("New API client");
        shot("4-api-clients");
    }

    /**
     * Keycloak's page in the browser's language (the realm has internationalization on). The words are those of
     * Keycloak's German bundle (theme/base/login/messages/messages_de.properties in its themes jar).
     */
    @Test
    void aBrowserInGermanSeesKeycloaksLogInPageInGerman() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", "de-DE,de;q=0.9")));

        browser.open("/");
        waitForKeycloak(By.id("username"));

        assertThat(browser.driver().findElement(By.id("kc-page-title")).getText()).isEqualTo("Bei Ihrem Konto anmelden");
        assertThat(browser.driver().findElement(By.id("kc-login")).getText()).isEqualTo("Anmelden");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        shot("5-german-log-in");

        browser.type(By.id("username"), "acme.anna");
        browser.driver().findElement(By.id("kc-login")).click();
        waitForKeycloak(By.id("password"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for=password]")).getText()).contains("Passwort");
    }

    /** The portal's refusal, after Keycloak let the person in, in the browser's language too. */
    @Test
    void aPersonWithoutASupplierIsRefusedInTheirBrowsersLanguage() {
        String username = "drifter-" + UUID.randomUUID().toString().substring(0, 6);
        createKeycloakUser(username, "SUPPLIER_USER");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", "de-DE,de;q=0.9")));

        keycloakLogIn(username, "drift-password-1");

        browser.waitUntilPath("/login-refused");
        assertThat(browser.text(By.id("refusal-reason"))).isEqualTo("Ihr Konto ist keinem Lieferanten zugeordnet, daher weiß"
                + " das Portal nicht, wessen Bestellungen es Ihnen zeigen soll. Bitten Sie Ihren Administrator, Sie Ihrem"
                + " Unternehmen zuzuordnen.");
        assertThat(browser.text(By.id("log-in-as-someone-else"))).isEqualTo("Als andere Person anmelden");
        assertThat(browser.driver().getTitle()).isEqualTo("Kein Zugang | Lieferantenportal");
        shot("6-refused-german");
    }

    /** Keycloak's cookies live under its realm's path: each test starts without a Keycloak session (no single sign-on). */
    @AfterEach
    void forgetKeycloakSession() {
        browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        browser.driver().get(KeycloakTestServer.get().issuer() + "/.well-known/openid-configuration");
        browser.clearCookies();
    }

    private void keycloakLogIn(String username, String password) {
        browser.open("/");
        waitForKeycloak(By.id("username"));
        keycloakForm(username, password);
    }

    /** Keycloak with Organizations asks for the username first, then the password. */
    private void keycloakForm(String username, String password) {
        browser.type(By.id("username"), username);
        browser.driver().findElement(By.id("kc-login")).click();
        waitForKeycloak(By.id("password"));
        browser.type(By.id("password"), password);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waitForVaadin();
    }

    private void waitForKeycloak(By element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static void createKeycloakUser(String username, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@nowhere.example");
        user.setEmailVerified(true);
        user.setFirstName("Drew");
        user.setLastName("Drifter");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("drift-password-1");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        var users = KeycloakTestServer.get().realm().users();
        String id = org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(users.create(user));
        users.get(id).roles().realmLevel().add(users.get(id).roles().realmLevel().listAvailable().stream()
                .filter(available -> available.getName().equals(role)).toList());
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "keycloak-" + name + ".png"));
    }
}
