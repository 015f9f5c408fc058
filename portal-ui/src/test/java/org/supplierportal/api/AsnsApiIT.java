package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ASNs over the REST API: sent, read, refused field by field, cancelled; another supplier sees nothing. */
@PortalIntegrationTest
class AsnsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSupplierSendsReadsAndCancelsAnAsnAndAnotherSupplierGetsNotFound() throws Exception {
        OrderId order = committedOrder();
        String body = """
                {"shipDate": "%s", "expectedArrival": "%s", "carrier": "DHL", "trackingNumber": "JD1",
                 "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": 20, "lot": "L-1"}],
                 "packages": [{"type": "Carton", "grossWeightKg": 12.5, "contents": [{"line": 1, "quantity": 20}]}]}
                """.formatted(LocalDate.now(), LocalDate.now().plusDays(1), order);

        HttpResponse<String> created = send("POST", "/api/v1/asns", "acme.anna", body);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode asn = JSON.readTree(created.body());
        assertThat(asn.at("/packages/0/sscc").asString()).startsWith("00614141").hasSize(18);
        assertThat(asn.at("/lines/0/lot").asString()).isEqualTo("L-1");
        String path = created.headers().firstValue("Location").orElseThrow();
        assertThat(send("GET", path, "acme.anna", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", path, "nordic.nils", null).statusCode()).isEqualTo(404);

        HttpResponse<String> cancelled = cancel(path);
        assertThat(JSON.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancel(path).statusCode()).isEqualTo(409);
    }

    @Test
    void anInvalidAsnIsRefusedWithEveryProblemByFieldAndNothingIsRecorded() throws Exception {
        OrderId order = committedOrder();
        String body = """
                {"shipDate": "%s", "expectedArrival": "%s",
                 "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": 999}]}
                """.formatted(LocalDate.now(), LocalDate.now().minusDays(1), order);

        HttpResponse<String> refused = send("POST", "/api/v1/asns", "acme.anna", body);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("expectedArrival", "lines[0].quantity");
        assertThat(JSON.readTree(send("GET", "/api/v1/asns", "acme.anna", null).body()).findValuesAsString("orderId"))
                .doesNotContain(order.toString());
    }

    private OrderId committedOrder() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 4),
                "20", "1.85", LocalDate.now().plusDays(10));
        OrderId id = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return id;
    }

    /** A cancellation as a careful client sends it: with the ETag of the ASN as it last read it. */
    private HttpResponse<String> cancel(String path) throws Exception {
        String etag = send("GET", path, "acme.anna", null).headers().firstValue("ETag").orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/cancellation"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("acme.anna:demo123"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String username, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo123")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
