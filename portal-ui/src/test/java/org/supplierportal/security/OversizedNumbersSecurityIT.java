package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, attack 1: one request with {@code 1e10000000} as a quantity or price used to keep a core busy for more
 * than a minute and answer 40 MB. Every number from outside must be refused, field by field, before any calculation,
 * formatting or echo.
 */
@PortalIntegrationTest
class OversizedNumbersSecurityIT {

    private static final String HUGE = "1e10000000";
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
    void aHugeQuantityOrPriceInAnAcknowledgmentIsRefusedByFieldWithoutEcho() {
        OrderId order = newOrder();
        String body = """
                {"revision": 1, "lines": [
                  {"lineNumber": 10, "decision": "PROPOSE", "quantity": %s},
                  {"lineNumber": 20, "decision": "PROPOSE", "unitPrice": %s, "deliveries": []}]}
                """.formatted(HUGE, HUGE);

        HttpResponse<String> evaluation = attacker().postJson("acme.anna", "/api/v1/orders/" + order + "/acknowledgments/evaluation", body);
        HttpResponse<String> submission = attacker().postJson("acme.anna", "/api/v1/orders/" + order + "/acknowledgments", body);

        for (HttpResponse<String> response : List.of(evaluation, submission)) {
            assertRefused(response, "lines[0].quantity", "lines[1].unitPrice");
        }
    }

    @Test
    void aHugeQuantityInAnAsnOrAnIncidentIsRefusedByField() {
        OrderId order = newOrder();
        HttpResponse<String> asn = attacker().postJson("acme.anna", "/api/v1/asns", """
                {"shipDate": "%s", "expectedArrival": "%s", "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": %s}],
                 "packages": [{"type": "Pallet", "grossWeightKg": %s, "contents": [{"line": 1, "quantity": %s}]}]}
                """.formatted(LocalDate.now(), LocalDate.now().plusDays(2), order, HUGE, HUGE, HUGE));
        HttpResponse<String> incident = attacker().postJson("buyer", "/api/v1/quality-incidents", """
                {"supplierKey": "acme-metals", "severity": "MINOR", "title": "Scratches", "defect": "Scratched surface",
                 "partNumber": "A-1", "quantityAffected": %s}
                """.formatted(HUGE));

        assertRefused(asn, "lines[0].quantity", "packages[0].grossWeightKg", "packages[0].contents[0].quantity");
        assertRefused(incident, "quantityAffected");
    }

    @Test
    void theScreensPreviewRefusesAHugeQuantityBeforeEvaluatingIt() {
        OrderId order = newOrder();

        LinePreview preview = actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.preview(
                acknowledgments.prepare(order), LineAnswer.propose(10, new BigDecimal(HUGE), null, new BigDecimal("1e-10000000"))));

        assertThat(preview.valid()).isFalse();
        assertThat(preview.problems()).extracting(problem -> problem.field() + ": " + problem.message())
                .containsExactly("lines[0].quantity: Too large: at most 12 digits before the decimal point.",
                        "lines[0].unitPrice: At most 6 decimals.");
    }

    private static void assertRefused(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).hasSizeLessThan(4_000).doesNotContain("0000000000");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(error -> error.get("field").asString()).toList()).contains(fields);
        assertThat(errors.valueStream().map(error -> error.get("message").asString()).toList())
                .allSatisfy(message -> assertThat(message).isNotBlank().hasSizeLessThan(200));
    }

    private OrderId newOrder() {
        return actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001")
                .line(10, "N-1", "100", "2.50", REQUESTED).line(20, "N-2", "40", "9.00", REQUESTED).build())).orderId();
    }

    private Attacker attacker() {
        return new Attacker(port);
    }
}
