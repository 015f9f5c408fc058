package org.supplierportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.identity.InvitationDraft;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserDefinition;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.KeycloakTestServer;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/** Onboarding and invitations reach the real Keycloak; Keycloak's bearer tokens work on the API. */
@PortalIntegrationTest
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class, KeycloakTestServer.Initializer.class})
class KeycloakProvisioningIT {

    @LocalServerPort
    int port;
    @Autowired
    TenantService tenants;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PersonLocales personLocales;

    private final KeycloakTestServer keycloak = KeycloakTestServer.get();

    @Test
    void onboardingASupplierCreatesItsOrganizationAndAnEditUpdatesIt() {
        String key = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        TenantSummary created = asAdmin(() -> tenants.create(draft(key, "KC-" + key)));

        OrganizationRepresentation organization = organization(key);
        assertThat(organization.getName()).isEqualTo(created.name());
        assertThat(organization.getAttributes()).containsEntry("erpPartyCodes", List.of("KC-" + key));

        asAdmin(() -> tenants.deactivate(created.id()));
        assertThat(organization(key).isEnabled()).isFalse();
    }

    @Test
    void whenKeycloakDoesNotAnswerOnboardingIsRefusedAndNothingIsHalfCreated() {
        String key = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.freeze();
        try {
            assertThatThrownBy(() -> asAdmin(() -> tenants.create(draft(key, null))))
                    .isInstanceOf(TenantRejectedException.class)
                    .hasMessageContaining("Keycloak could not be reached, so nothing was saved");
            assertThatThrownBy(() -> asAdmin(() -> invitations.invite(new InvitationDraft(key + "@x.example", "Nat Noone",
                    Role.BUYER, null))))
                    .isInstanceOf(InvitationRejectedException.class).hasMessageContaining("Keycloak could not be reached");
        } finally {
            keycloak.resume();
        }
        assertThat(asAdmin(() -> tenants.findByKey(key))).isEmpty();
        assertThat(asAdmin(() -> invitations.openInvitations(null)))
                .noneMatch(open -> open.email().equals(key + "@x.example"));
        assertThat(keycloak.realm().organizations().searchByAttribute("alias:" + key)).isEmpty();
    }

    /** Keycloak's own pages and e-mails speak the person's language: the language chosen in the portal reaches Keycloak. */
    @Test
    void aPersonsLanguageReachesKeycloakAndStaysThere() {
        String username = "kc.lang." + UUID.randomUUID().toString().substring(0, 6);
        TenantSummary acme = actors.tenant("acme-metals");
        asAdmin(() -> accounts.provision(new UserDefinition(username, "Lena Sprache", username + "@acme-metals.example",
                Role.SUPPLIER_USER, acme.id(), "lena-password-1"), "test"));
        CurrentUser lena = asAdmin(() -> accounts.principalOf(username)).orElseThrow();
        // Deactivating and reactivating publishes her: a Keycloak user, still without a language of her own.
        asAdmin(() -> accounts.deactivate(lena.userId()));
        asAdmin(() -> accounts.reactivate(lena.userId()));
        assertThat(keycloakAttributes(username)).containsEntry("tenant", List.of("acme-metals")).doesNotContainKey("locale");

        actors.as(lena, () -> personLocales.change(PortalLanguage.GERMAN, ZoneId.of("Europe/Berlin")));
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("de")).containsEntry("tenant", List.of("acme-metals"));

        // Published again (deactivated): her language stays.
        asAdmin(() -> accounts.deactivate(lena.userId()));
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("de"));

        actors.as(lena, () -> personLocales.change(PortalLanguage.CHINESE_SIMPLIFIED, ZoneId.of("Asia/Shanghai")));
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("zh-CN"));

        // Back to the browser's language: Keycloak goes by the browser's too.
        actors.as(lena, personLocales::forget);
        assertThat(keycloakAttributes(username)).doesNotContainKey("locale").containsEntry("tenant", List.of("acme-metals"));

        // A language picked on Keycloak's own page, with none chosen in the portal, is left as it is.
        setKeycloakLocale(username, "es");
        asAdmin(() -> accounts.reactivate(lena.userId()));
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("es"));

        // Chosen while Keycloak does not answer: the choice stands, and goes along when she is next published.
        keycloak.freeze();
        try {
            actors.as(lena, () -> personLocales.change(PortalLanguage.FRENCH, ZoneId.of("Europe/Paris")));
        } finally {
            keycloak.resume();
        }
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("es"));
        asAdmin(() -> accounts.deactivate(lena.userId()));
        assertThat(keycloakAttributes(username)).containsEntry("locale", List.of("fr"));
    }

    /** A realm set up before, without internationalization: people are still published, their language or not. */
    @Test
    void aRealmWithoutInternationalizationStillTakesPeopleWhoChoseALanguage() {
        String username = "kc.nolang." + UUID.randomUUID().toString().substring(0, 6);
        TenantSummary acme = actors.tenant("acme-metals");
        asAdmin(() -> accounts.provision(new UserDefinition(username, "Nora Sprache", username + "@acme-metals.example",
                Role.SUPPLIER_USER, acme.id(), "nora-password-1"), "test"));
        CurrentUser nora = asAdmin(() -> accounts.principalOf(username)).orElseThrow();
        asAdmin(() -> accounts.deactivate(nora.userId()));
        actors.as(nora, () -> personLocales.change(PortalLanguage.GERMAN, ZoneId.of("Europe/Berlin")));
        var realm = keycloak.realm();
        var settings = realm.toRepresentation();
        settings.setInternationalizationEnabled(false);
        realm.update(settings);
        try {
            actors.as(nora, () -> personLocales.change(PortalLanguage.FRENCH, ZoneId.of("Europe/Paris")));
            asAdmin(() -> accounts.reactivate(nora.userId()));

            UserRepresentation user = realm.users().searchByUsername(username, true).getFirst();
            assertThat(user.isEnabled()).isTrue();
            assertThat(user.getAttributes()).containsEntry("tenant", List.of("acme-metals"));
        } finally {
            settings.setInternationalizationEnabled(true);
            realm.update(settings);
        }
    }

    private Map<String, List<String>> keycloakAttributes(String username) {
        UserRepresentation user = keycloak.realm().users().searchByUsername(username, true).getFirst();
        return user.getAttributes() == null ? Map.of() : user.getAttributes();
    }

    private void setKeycloakLocale(String username, String locale) {
        UserRepresentation user = keycloak.realm().users().searchByUsername(username, true).getFirst();
        user.getAttributes().put("locale", List.of(locale));
        keycloak.realm().users().get(user.getId()).update(user);
    }

    @Test
    void aKeycloakTokenReadsTheSuppliersOwnOrdersAndNotAnothersOnTheApi() throws Exception {
        TestOrders.Builder acmeOrder = TestOrders.order("SUP-1001").line(10, "BR-4711", "5", "1.85", LocalDate.now().plusDays(20));
        OrderId acme = actors.asSystem(() -> inbound.receive(acmeOrder.build())).orderId();
        TestOrders.Builder nordicOrder = TestOrders.order("SUP-2002").line(10, "NP-1", "5", "1.00", LocalDate.now().plusDays(20));
        OrderId nordic = actors.asSystem(() -> inbound.receive(nordicOrder.build())).orderId();
        String token = keycloak.accessToken("acme.anna", "demo123");

        assertThat(get("/api/v1/orders/" + acme, token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/orders/" + nordic, token).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/orders?q=" + acmeOrder.number(), token).body()).contains(acmeOrder.number());
        assertThat(get("/api/v1/orders/" + acme, "not-a-token").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofString());
    }

    private OrganizationRepresentation organization(String alias) {
        String id = keycloak.realm().organizations().searchByAttribute("alias:" + alias).getFirst().getId();
        return keycloak.realm().organizations().get(id).toRepresentation();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return actors.as(new CurrentUser(UUID.randomUUID(), "test.admin", "Tina Admin", null, null, EnumSet.of(Role.ADMIN)), work);
    }

    private static TenantDraft draft(String key, String partyCode) {
        return new TenantDraft(key, "Keycloak Test " + key, partyCode == null ? List.of() : List.of(partyCode), null, null,
                null, null, null, null, null, null, null, null, null, null, false, null, 2, null, null, null, null, null, null);
    }
}
