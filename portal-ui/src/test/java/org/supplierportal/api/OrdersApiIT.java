package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a supplier's script uses it: over HTTP, with Basic authentication, JSON in and out. */
@PortalIntegrationTest
class OrdersApiIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    Actors actors;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSupplierReadsItsOrderAndAnotherSupplierGetsNotFound() throws Exception {
        OrderId order = newOrder().orderId;

        HttpResponse<String> mine = get("/api/v1/orders/" + order, "acme.anna");
        HttpResponse<String> theirs = get("/api/v1/orders/" + order, "nordic.nils");

        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(mine.body());
        assertThat(body.at("/summary/status").asString()).isEqualTo("NEW");
        assertThat(body.at("/lines/1/quantity").decimalValue()).isEqualByComparingTo("40");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(JSON.readTree(theirs.body()).get("title").asString()).isEqualTo("Order not found");
        assertThat(get("/api/v1/orders?q=" + newOrder().number, "nordic.nils").body()).contains("\"orders\":[]");
    }

    @Test
    void anAcknowledgmentIsEvaluatedCommittedAndRecordedOncePerIdempotencyKey() throws Exception {
        OrderId order = newOrder().orderId;
        String body = """
                {"revision": 1, "comment": "See you soon", "lines": [
                  {"lineNumber": 10, "decision": "ACCEPT"},
                  {"lineNumber": 20, "decision": "PROPOSE", "date": "%s", "comment": "Furnace maintenance"}]}
                """.formatted(REQUESTED.plusDays(9));

        HttpResponse<String> evaluation = post("/api/v1/orders/" + order + "/acknowledgments/evaluation", "acme.anna", body, null);
        HttpResponse<String> first = post("/api/v1/orders/" + order + "/acknowledgments", "acme.anna", body, "key-" + order);
        HttpResponse<String> again = post("/api/v1/orders/" + order + "/acknowledgments", "acme.anna", body, "key-" + order);

        assertThat(JSON.readTree(evaluation.body()).at("/lines/1/outcome").asString()).isEqualTo("BUYER_DECIDES");
        assertThat(JSON.readTree(evaluation.body()).at("/lines/1/checks/1/explanation").asString()).contains("9 days later");
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode recorded = JSON.readTree(first.body());
        assertThat(recorded.at("/lines/0/outcome").asString()).isEqualTo("COMMIT");
        assertThat(recorded.at("/lines/0/commitment/deliveries/0/quantity").decimalValue()).isEqualByComparingTo("100");
        assertThat(recorded.at("/lines/1/outcome").asString()).isEqualTo("BUYER_DECIDES");
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(recorded.get("id").asString());
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/acknowledgments/" + recorded.get("id").asString());
        assertThat(get("/api/v1/acknowledgments/" + recorded.get("id").asString(), "acme.anna").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/acknowledgments/" + recorded.get("id").asString(), "nordic.nils").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/v1/orders/" + order + "/commitments", "acme.anna").body())).hasSize(1);
    }

    @Test
    void badInputGetsAProblemWithEveryFieldError() throws Exception {
        OrderId order = newOrder().orderId;
        String body = """
                {"revision": 1, "lines": [
                  {"lineNumber": 10, "decision": "PROPOSE", "quantity": 0},
                  {"lineNumber": 20, "decision": "MAYBE"}]}
                """;

        HttpResponse<String> response = post("/api/v1/orders/" + order + "/acknowledgments", "acme.anna", body, null);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors").toString()).contains("lines[1].decision").contains("Use ACCEPT, PROPOSE or REJECT.");
        HttpResponse<String> quantity = post("/api/v1/orders/" + order + "/acknowledgments", "acme.anna", body.replace("MAYBE", "ACCEPT"), null);
        assertThat(JSON.readTree(quantity.body()).get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
        assertThat(post("/api/v1/orders/" + order + "/acknowledgments", "acme.anna", "{not json", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anAnswerToAnOlderRevisionGetsAConflictWithTheChanges() throws Exception {
        Created created = newOrder();
        actors.asSystem(() -> inbound.receive(created.document.marker(2).line(20, "B-9", "45", "9.00", REQUESTED).build()));

        HttpResponse<String> response = post("/api/v1/orders/" + created.orderId + "/acknowledgments", "acme.anna",
                "{\"revision\": 1, \"lines\": [{\"lineNumber\": 10, \"decision\": \"ACCEPT\"}, {\"lineNumber\": 20, \"decision\": \"ACCEPT\"}]}", null);

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(problem.at("/changes/0/after").asString()).isEqualTo("45");
    }

    /** A script calling in parallel with one login: each call records the log-in, and none may fail on another. */
    @Test
    void parallelCallsWithOneLoginAllSucceed() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(http.sendAsync(HttpRequest.newBuilder(uri("/api/v1/orders?limit=5"))
                    .header("Authorization", basic("nordic.nils", "demo123")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            statuses.add(call.get(2, TimeUnit.MINUTES).statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }

    @Test
    void withoutValidCredentialsTheApiAnswers401() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/orders")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/api/v1/orders"))
                .header("Authorization", basic("acme.admin", "wrong-password")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(document.body());
        assertThat(api.at("/info/title").asString()).isEqualTo("Supplier Portal API");
        assertThat(api.get("paths").has("/api/v1/orders/{orderId}/acknowledgments")).isTrue();
    }

    private record Created(OrderId orderId, String number, TestOrders.Builder document) {
    }

    private Created newOrder() {
        TestOrders.Builder document = TestOrders.order("SUP-1001")
                .line(10, "A-" + UUID.randomUUID().toString().substring(0, 4), "100", "2.50", REQUESTED)
                .line(20, "B-9", "40", "9.00", REQUESTED);
        OrderId id = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        return new Created(id, document.number(), document);
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(username, "demo123")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String username, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(username, "demo123"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
