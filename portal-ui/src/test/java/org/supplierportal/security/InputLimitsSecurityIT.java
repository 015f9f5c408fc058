package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.InvalidAcknowledgmentException;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, attack 7: a comment over 2,000 characters, an Idempotency-Key over 100, or a null byte reached the
 * database, whose error came back as an empty 403; a 100,000-character serial number was stored. Every text now has
 * its limit, checked with a message on its field, and what still fails is a problem in the caller's terms.
 */
@PortalIntegrationTest
class InputLimitsSecurityIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;

    @Test
    void aLongCommentANullByteOrALongIdempotencyKeyIsRefusedOnItsField() {
        OrderId order = newOrder();
        String path = "/api/v1/orders/" + order + "/acknowledgments";

        HttpResponse<String> longComment = post(path, body("x".repeat(2001), "fine"), null);
        HttpResponse<String> nullByte = post(path, body("fine", "line\\u0000comment"), null);
        HttpResponse<String> longKey = post(path, body("fine", "fine"), "k".repeat(101));

        assertField(longComment, "comment", "At most 2000 characters");
        assertField(nullByte, "lines[0].comment", "control character");
        assertField(longKey, "Idempotency-Key", "At most 100 characters");
        assertThat(post(path, body("fine", "fine"), "key-" + order).statusCode()).as("the same order, fine").isEqualTo(201);
    }

    @Test
    void aHugeSerialNumberIsRefusedAndNothingIsStored() {
        OrderId order = newOrder();
        String asn = """
                {"shipDate": "%s", "expectedArrival": "%s",
                 "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": 1, "serialNumbers": ["%s"]}]}
                """.formatted(LocalDate.now(), LocalDate.now().plusDays(2), order, "S".repeat(100_000));
        int before = new Attacker(port).get("acme.anna", "/api/v1/asns?limit=200").body().length();

        HttpResponse<String> response = new Attacker(port).postJson("acme.anna", "/api/v1/asns", asn);

        assertField(response, "lines[0].serials", "At most 100 characters");
        assertThat(new Attacker(port).get("acme.anna", "/api/v1/asns?limit=200").body()).hasSize(before);
    }

    @Test
    void aNullByteInASearchIsRefusedOnItsParameter() {
        assertField(new Attacker(port).get("acme.anna", "/api/v1/orders?q=abc%00def"), "q", "control character");
        assertField(new Attacker(port).get("acme.anna", "/api/v1/quality-incidents?search=%00"), "search", "control character");
    }

    @Test
    void whatTheApiCannotServeIsAProblemWithItsRealStatusNeverAnEmpty403() {
        Attacker attacker = new Attacker(port);
        HttpResponse<String> wrongMethod = attacker.send(attacker.as("acme.anna", Attacker.DEMO_PASSWORD, "/api/v1/orders")
                .DELETE().build());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(wrongMethod.body()).isNotBlank();
    }

    @Test
    void theScreensServiceRefusesTheSameTextsBeforeTheDatabase() {
        OrderId order = newOrder();

        assertThatThrownBy(() -> actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(
                new AcknowledgmentRequest(order, 1, null, "x".repeat(2001), List.of(LineAnswer.accept(10))))))
                .isInstanceOfSatisfying(InvalidAcknowledgmentException.class, refused ->
                        assertThat(refused.problems()).extracting(problem -> problem.field()).containsExactly("comment"));
        assertThatThrownBy(() -> actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(
                new AcknowledgmentRequest(order, 1, null, null, List.of(LineAnswer.reject(10, "bad\u0000reason"))))))
                .isInstanceOfSatisfying(InvalidAcknowledgmentException.class, refused ->
                        assertThat(refused.problems()).extracting(problem -> problem.field()).contains("lines[0].rejectReason"));
    }

    private static String body(String comment, String lineComment) {
        return """
                {"revision": 1, "comment": "%s", "lines": [{"lineNumber": 10, "decision": "ACCEPT", "comment": "%s"}]}
                """.formatted(comment, lineComment);
    }

    private HttpResponse<String> post(String path, String json, String idempotencyKey) {
        Attacker attacker = new Attacker(port);
        HttpRequest.Builder request = attacker.as("acme.anna", Attacker.DEMO_PASSWORD, path)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return attacker.send(request.build());
    }

    private static void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().filter(error -> error.get("field").asString().equals(field)).toList())
                .as(response.body()).singleElement().satisfies(error -> assertThat(error.get("message").asString()).contains(message));
    }

    private OrderId newOrder() {
        return actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001")
                .line(10, "L-1", "100", "2.50", REQUESTED).build())).orderId();
    }
}
