package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.KeycloakTestServer;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;

/**
 * Login mode oidc: a Keycloak service account is an API client of the portal from its first call. It subscribes its
 * system to events with its Keycloak token and gets them signed; administrators see it on API clients and, by
 * revoking it there, refuse its tokens at once although Keycloak still issues them.
 */
@PortalIntegrationTest
// The same configuration as KeycloakServiceAccountsIT, so both run in one application context.
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class,
        KeycloakTestServer.Initializer.class})
class KeycloakSystemWebhooksIT {

    private static final String SYSTEM = "acme-erp";

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    ApiClientService clients;
    @Autowired
    WebhookService webhooks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Actors actors;

    private final KeycloakTestServer keycloak = KeycloakTestServer.get();

    /** The demo system stays usable for the other tests on this database: its webhooks go, its revocation is undone. */
    @AfterEach
    void restoreTheDemoSystem() {
        actors.as(actors.admin(), () -> webhooks.list().stream().filter(webhook -> webhook.apiClientName().equals(SYSTEM))
                .forEach(webhook -> webhooks.delete(webhook.id())));
        // In a transaction, which sets the row-level security scope (all suppliers, for the system actor).
        actors.asSystem(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update(
                "update api_client set revoked_at = null, revoked_by = null where keycloak_client_id = ?", SYSTEM)));
    }

    @Test
    void aServiceAccountSubscribesItsSystemToEventsAndIsRefusedOnceAnAdminRevokesItInThePortal() throws Exception {
        ApiCalls api = new ApiCalls(port);
        String token = keycloak.serviceAccountToken(SYSTEM, "acme-erp-secret", "webhooks:write");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> subscribed = api.post("/api/v1/webhooks", token,
                    "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"order.received\"]}", Map.of());

            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            JsonNode answer = ApiCalls.json(subscribed);
            assertThat(answer.at("/webhook/supplier").asString()).isEqualTo("Acme Metals");
            assertThat(answer.at("/webhook/apiClient").asString()).as(answer.toString()).isEqualTo(SYSTEM);
            String secret = answer.get("secret").asString();
            String number = receiveOrder("SUP-1001");
            WebhookReceiver.Received delivered = await().atMost(Duration.ofSeconds(60)).until(
                    () -> receiver.received().stream().filter(request -> request.body().contains(number)).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            assertThat(StandardWebhooksVerifier.verify(secret, delivered.id(), delivered.timestamp(), delivered.body(),
                    delivered.signature())).isTrue();
        }

        ApiClientView system = actors.as(actors.admin(), () -> clients.listAll()).stream()
                .filter(client -> SYSTEM.equals(client.keycloakClientId())).findFirst().orElseThrow();
        assertThat(system.managedInKeycloak()).isTrue();
        assertThat(system.tenantName()).isEqualTo("Acme Metals");
        assertThat(system.lastUsedAt()).isNotNull();
        assertThat(actors.as(actors.admin(), () -> clients.listAll()).stream().filter(client -> SYSTEM.equals(client.keycloakClientId())))
                .as("one row, however many calls").hasSize(1);

        actors.as(actors.admin(), () -> clients.revoke(system.id()));

        HttpResponse<String> refused = api.get("/api/v1/orders", keycloak.serviceAccountToken(SYSTEM, "acme-erp-secret", null));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ApiCalls.json(refused).get("detail").asString()).as(refused.body()).contains("revoked");
        assertThat(api.get("/api/v1/orders", keycloak.accessToken("acme.anna", "demo123")).statusCode())
                .as("people's tokens are not API clients").isEqualTo(200);
    }

    private String receiveOrder(String partyCode) {
        TestOrders.Builder document = TestOrders.order(partyCode).line(10, "KC-" + UUID.randomUUID().toString().substring(0, 6),
                "5", "2.50", LocalDate.now().plusDays(20));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document.number();
    }
}
