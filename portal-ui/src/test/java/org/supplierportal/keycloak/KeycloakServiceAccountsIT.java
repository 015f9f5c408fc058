package org.supplierportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.KeycloakTestServer;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.TestOrders;

/**
 * Login mode oidc: systems get their tokens from Keycloak as service accounts (the realm's demo client acme-erp acts
 * for Acme Metals) and the API takes them with the same tenant and scope rules as the portal's own API clients; a
 * person's Keycloak token has every scope the person's role allows.
 */
@PortalIntegrationTest
// A class's own @ContextConfiguration replaces the one @PortalIntegrationTest carries, initializers and all: named
// again here, or the test would run against the developer's embedded database in ~/.supplier-portal.
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class,
        KeycloakTestServer.Initializer.class})
class KeycloakServiceAccountsIT {

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    private final KeycloakTestServer keycloak = KeycloakTestServer.get();

    @Test
    void aServiceAccountSeesItsSupplierOnlyWithTheScopesItsTokenNames() {
        ApiCalls api = new ApiCalls(port);
        TestOrders.Builder acme = order("SUP-1001");
        TestOrders.Builder nordic = order("SUP-2002");

        String token = serviceAccountToken(null);

        assertThat(ApiCalls.claims(token).get("scope").asString()).contains("orders:read").doesNotContain("invoices:read");
        HttpResponse<String> orders = api.get("/api/v1/orders?q=" + acme.number(), token);
        assertThat(orders.statusCode()).as(orders.body()).isEqualTo(200);
        assertThat(ApiCalls.json(orders).get("orders").findValuesAsString("number")).containsExactly(acme.number());
        assertThat(ApiCalls.json(api.get("/api/v1/orders?q=" + nordic.number(), token)).get("orders").findValuesAsString("number")).isEmpty();
        HttpResponse<String> invoices = api.get("/api/v1/invoices", token);
        assertThat(invoices.statusCode()).isEqualTo(403);
        assertThat(invoices.body()).contains("invoices:read");

        assertThat(api.get("/api/v1/invoices", serviceAccountToken("invoices:read")).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/invoices", keycloak.accessToken("acme.anna", "demo123")).statusCode())
                .as("a person has every scope of the role").isEqualTo(200);
        assertThat(api.tokenResponse("acme-erp", "acme-erp-secret", null).statusCode())
                .as("the portal issues no tokens in oidc mode").isNotEqualTo(200);
    }

    /** A token of the realm's demo system, by the client-credentials grant; {@code scope} adds optional scopes. */
    private String serviceAccountToken(String scope) {
        return keycloak.serviceAccountToken("acme-erp", "acme-erp-secret", scope);
    }

    private TestOrders.Builder order(String partyCode) {
        TestOrders.Builder document = TestOrders.order(partyCode).line(10, "SA-" + UUID.randomUUID().toString().substring(0, 6),
                "5", "2.50", LocalDate.now().plusDays(20));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document;
    }
}
