package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;

/**
 * A system manages its own webhooks through the API with a client-credentials token: subscribes (the secret once),
 * reads them and their deliveries, has one sent again, unsubscribes. Another client, of another supplier or of the
 * same, sees none of it; an address inside the portal's machine or network is refused with the reason.
 */
@PortalIntegrationTest
class WebhooksApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    WebhookService webhooks;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    private ApiCalls api;
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<UUID> created = new ArrayList<>();

    @AfterEach
    void removeWebhooksAndReceivers() {
        actors.as(actors.admin(), () -> webhooks.list().stream().filter(webhook -> created.contains(webhook.id()))
                .forEach(webhook -> webhooks.delete(webhook.id())));
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aClientSubscribesReadsItsDeliveriesHasOneSentAgainAndUnsubscribes() throws Exception {
        api = new ApiCalls(port);
        WebhookReceiver receiver = receiver();
        String token = token("acme-metals", EnumSet.of(ApiScope.WEBHOOKS_WRITE));

        HttpResponse<String> subscribed = api.post("/api/v1/webhooks", token,
                "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"order.received\"]}", Map.of());

        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        JsonNode answer = ApiCalls.json(subscribed);
        String id = remember(answer.at("/webhook/id").asString());
        String secret = answer.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(subscribed.headers().firstValue("Location")).hasValue("/api/v1/webhooks/" + id);
        assertThat(answer.at("/webhook/supplier").asString()).isEqualTo("Acme Metals");
        HttpResponse<String> read = api.get("/api/v1/webhooks/" + id, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(secret);
        assertThat(read.headers().firstValue("ETag")).isPresent();
        assertThat(ApiCalls.json(api.get("/api/v1/webhooks", token)).findValuesAsString("id")).containsExactly(id);

        String number = receiveOrder("SUP-1001");

        JsonNode delivery = await().atMost(Duration.ofSeconds(60)).until(() -> firstDelivery(id, token),
                found -> found != null && found.get("state").asString().equals("DELIVERED"));
        assertThat(delivery.get("eventType").asString()).isEqualTo("order.received");
        WebhookReceiver.Received first = receiver.withId(delivery.get("id").asString()).getFirst();
        assertThat(first.body()).contains(number);
        assertThat(StandardWebhooksVerifier.verify(secret, first.id(), first.timestamp(), first.body(), first.signature())).isTrue();

        HttpResponse<String> again = api.post("/api/v1/webhooks/" + id + "/deliveries/" + first.id() + "/send-again",
                token, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.withId(first.id()).size() == 2);

        HttpResponse<String> deleted = api.send(api.request("/api/v1/webhooks/" + id, token, Map.of()).DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/webhooks/" + id, token).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries", token).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherClientSeesNoneOfItAndScopesDecideWhatAClientMayDo() throws Exception {
        api = new ApiCalls(port);
        String acme = token("acme-metals", EnumSet.of(ApiScope.WEBHOOKS_WRITE));
        HttpResponse<String> subscribed = api.post("/api/v1/webhooks", acme,
                "{\"url\": \"" + receiver().url() + "\", \"eventTypes\": [\"asn.sent\"]}", Map.of());
        String id = remember(ApiCalls.json(subscribed).at("/webhook/id").asString());
        String nordic = token("nordic-plastics", EnumSet.of(ApiScope.WEBHOOKS_WRITE));
        String otherAcmeClient = token("acme-metals", EnumSet.of(ApiScope.WEBHOOKS_READ));

        for (String stranger : List.of(nordic, otherAcmeClient)) {
            assertThat(api.get("/api/v1/webhooks/" + id, stranger).statusCode()).isEqualTo(404);
            assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries", stranger).statusCode()).isEqualTo(404);
            assertThat(ApiCalls.json(api.get("/api/v1/webhooks", stranger)).findValuesAsString("id")).doesNotContain(id);
        }
        assertThat(api.send(api.request("/api/v1/webhooks/" + id, nordic, Map.of()).DELETE().build()).statusCode()).isEqualTo(404);
        HttpResponse<String> readOnly = api.post("/api/v1/webhooks", otherAcmeClient,
                "{\"url\": \"https://erp.example.com/hook\", \"eventTypes\": [\"asn.sent\"]}", Map.of());
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(ApiCalls.json(readOnly).get("requiredScopes").toString()).contains("webhooks:write");
        assertThat(api.get("/api/v1/webhooks", token("acme-metals", EnumSet.of(ApiScope.ORDERS_READ))).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/webhooks/" + id, acme).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressInsideThePortalsMachineOrNetworkIsRefusedWithTheReason() {
        api = new ApiCalls(port);
        String token = token("acme-metals", EnumSet.of(ApiScope.WEBHOOKS_WRITE));

        JsonNode metadata = refused(token, "https://169.254.169.254/latest/meta-data/", "order.received");
        assertThat(metadata.at("/errors/0/field").asString()).isEqualTo("url");
        assertThat(metadata.at("/errors/0/message").asString()).contains("169.254.169.254 is a link-local address");
        assertThat(refused(token, "https://10.1.2.3/hook", "order.received").at("/errors/0/message").asString())
                .contains("private network");
        assertThat(refused(token, "https://[::]/hook", "order.received").at("/errors/0/message").asString())
                .contains("unspecified");
        JsonNode unknownEvent = refused(token, "https://erp.example.com/hook", "order.eaten");
        assertThat(unknownEvent.at("/errors/0/field").asString()).isEqualTo("eventTypes");
        assertThat(ApiCalls.json(api.get("/api/v1/webhooks", token)).findValuesAsString("id")).isEmpty();
    }

    private JsonNode refused(String token, String url, String eventType) {
        HttpResponse<String> response = api.post("/api/v1/webhooks", token,
                "{\"url\": \"" + url + "\", \"eventTypes\": [\"" + eventType + "\"]}", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ApiCalls.json(response);
    }

    private JsonNode firstDelivery(String webhookId, String token) {
        JsonNode page = ApiCalls.json(api.get("/api/v1/webhooks/" + webhookId + "/deliveries", token));
        return page.isEmpty() ? null : page.get(0);
    }

    private String token(String tenantKey, Set<ApiScope> scopes) {
        CreatedApiClient client = actors.as(actors.admin(), () -> clients.create(new ApiClientDraft(
                "Hooks " + UUID.randomUUID().toString().substring(0, 6), actors.tenant(tenantKey).id(), scopes,
                Instant.now().plus(Duration.ofDays(30)))));
        return api.token(client.client().clientId(), client.secret(), null);
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private String remember(String webhookId) {
        created.add(UUID.fromString(webhookId));
        return webhookId;
    }

    private String receiveOrder(String partyCode) {
        TestOrders.Builder document = TestOrders.order(partyCode).line(10, "WH-9", "10", "2.00", LocalDate.now().plusDays(30));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document.number();
    }
}
