package org.supplierportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.identity.InvitationDraft;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.identity.InvitationService;
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
