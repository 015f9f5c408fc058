package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;
import tools.jackson.databind.JsonNode;

/**
 * The buyer side's systems on the API: a buyer-side client's token works the exception inbox with the inbox's rules,
 * a decision repeated with its Idempotency-Key is made once, suppliers' tokens and people are refused every buyer
 * operation, a token without the operation's scope is refused, and suppliers are onboarded from JSON in the
 * tenant-file model with the files' checks.
 */
@PortalIntegrationTest
class BuyerApiIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboxQueries inbox;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Actors actors;

    private ApiCalls api;

    @BeforeEach
    void calls() {
        api = new ApiCalls(port);
    }

    @Test
    void aBuyerClientListsAndDecidesAnInboxExceptionOnceForItsIdempotencyKey() {
        OrderId order = orderAnsweredLate();
        ExceptionView exception = openException(order);
        String token = token(null, EnumSet.of(ApiScope.INBOX_READ, ApiScope.INBOX_WRITE));

        List<String> listed = ids(api.walk("/api/v1/inbox?supplier=acme-metals&kind=OUTSIDE_TOLERANCE&state=OPEN&limit=5", token));
        assertThat(listed).contains(exception.id().toString()).doesNotHaveDuplicates();
        assertThat(ids(api.walk("/api/v1/inbox?supplier=nordic-plastics&limit=200", token))).doesNotContain(exception.id().toString());
        assertThat(ids(api.walk("/api/v1/inbox?supplier=acme-metals&minAge=P1000D", token))).doesNotContain(exception.id().toString());
        HttpResponse<String> read = api.get("/api/v1/inbox/" + exception.id(), token);
        assertThat(ApiCalls.json(read).get("decisions").toString()).contains("approve", "reject", "counter-propose");
        // The API keeps English, as the inbox kept it before each buyer read it in their language.
        assertThat(ApiCalls.json(read).get("ordered").asString()).isEqualTo("40 pcs on " + REQUESTED + " at 9 EUR");
        assertThat(ApiCalls.json(read).get("proposed").asString()).isEqualTo("40 pcs on " + REQUESTED.plusDays(9) + " at 9 EUR");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String path = "/api/v1/inbox/" + exception.id();

        HttpResponse<String> pastDate = api.post(path + "/counter-proposal", token, "{\"date\": \"2020-01-01\"}", Map.of("If-Match", etag));
        assertThat(pastDate.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.json(pastDate).get("errors").findValuesAsString("field")).contains("date");
        assertThat(api.post(path + "/approval", token, "{}", Map.of()).statusCode()).as("no If-Match").isEqualTo(428);

        Map<String, String> once = Map.of("If-Match", etag, "Idempotency-Key", "approve-" + UUID.randomUUID());
        HttpResponse<String> approved = api.post(path + "/approval", token, "{\"note\": \"Fine this time\"}", once);
        HttpResponse<String> again = api.post(path + "/approval", token, "{\"note\": \"Fine this time\"}", once);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(ApiCalls.json(approved).get("state").asString()).isEqualTo("APPROVED");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(decisionsOn(order)).containsExactly(AuditAction.EXCEPTION_APPROVED);
        HttpResponse<String> withAnotherKey = api.post(path + "/rejection", token, "{\"reason\": \"No\"}",
                Map.of("If-Match", etag, "Idempotency-Key", "reject-" + UUID.randomUUID()));
        assertThat(withAnotherKey.statusCode()).as("decided since that ETag was read").isEqualTo(412);
        assertThat(decisionsOn(order)).containsExactly(AuditAction.EXCEPTION_APPROVED);
    }

    @Test
    void aSuppliersTokenAndASupplierPersonAreRefusedEveryBuyerOperation() {
        OrderId order = orderAnsweredLate();
        ExceptionView exception = openException(order);
        String supplierToken = token("acme-metals", ApiScope.of(ApiScope.Side.SUPPLIER));
        String incident = api.post("/api/v1/quality-incidents", token(null, EnumSet.of(ApiScope.QUALITY_WRITE)), """
                {"supplierKey": "acme-metals", "severity": "MINOR", "title": "Burrs", "defect": "Burrs on edges",
                 "partNumber": "BR-1", "quantityAffected": 5, "unit": "pcs"}""", Map.of()).headers().firstValue("Location").orElseThrow();
        String incidentTag = api.get(incident, supplierToken).headers().firstValue("ETag").orElseThrow();
        String anna = "Basic " + Base64.getEncoder().encodeToString("acme.anna:demo123".getBytes(StandardCharsets.UTF_8));

        for (String[] operation : buyerOperations(exception.id(), incident)) {
            Map<String, String> headers = Map.of("If-Match", operation[0].equals("POST") && operation[1].startsWith(incident)
                    ? incidentTag : "*", "Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json");
            for (HttpRequest.Builder caller : List.of(api.request(operation[1], supplierToken, headers),
                    api.request(operation[1], null, headers).header("Authorization", anna))) {
                HttpResponse<String> refused = api.send(caller.method(operation[0], operation[2] == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(operation[2])).build());
                assertThat(refused.statusCode()).as(operation[0] + " " + operation[1] + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
        }
        assertThat(actors.as(actors.buyer(), () -> inbox.find(exception.id())).status()).isEqualTo(ExceptionStatus.OPEN);
        assertThat(api.get("/api/v1/suppliers/nordic-plastics", supplierToken).body()).doesNotContain("SUP-2002");
    }

    @Test
    void aTokenWithoutTheOperationsScopeIsRefusedWithTheScopeItNeeds() {
        String readOnly = token(null, EnumSet.of(ApiScope.INBOX_READ, ApiScope.SUPPLIERS_READ));
        String buyer = "Basic " + Base64.getEncoder().encodeToString("buyer:demo123".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> decide = api.post("/api/v1/inbox/" + UUID.randomUUID() + "/approval", readOnly, "{}", Map.of("If-Match", "*"));
        HttpResponse<String> onboard = api.post("/api/v1/suppliers", readOnly, "{}", Map.of());
        HttpResponse<String> byABuyerPerson = api.send(api.request("/api/v1/suppliers", null, Map.of("Authorization", buyer,
                "Content-Type", "application/json")).POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(List.of(decide, onboard, byABuyerPerson)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(ApiCalls.json(refused).get("type").asString()).endsWith("insufficient-scope");
        });
        assertThat(ApiCalls.json(decide).get("requiredScopes").toString()).isEqualTo("[\"inbox:write\"]");
        assertThat(ApiCalls.json(onboard).get("requiredScopes").toString()).isEqualTo("[\"suppliers:write\"]");
        assertThat(api.get("/api/v1/suppliers", readOnly).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/suppliers/acme-metals/tolerances", readOnly).statusCode()).isEqualTo(200);
    }

    @Test
    void aSupplierIsOnboardedFromJsonWithTheTenantFilesChecksAndItsTolerancesChanged() {
        String token = token(null, EnumSet.of(ApiScope.SUPPLIERS_READ, ApiScope.SUPPLIERS_WRITE, ApiScope.TOLERANCES_WRITE));
        String key = "api-" + UUID.randomUUID().toString().substring(0, 8);
        String good = """
                {"key": "%s", "name": "Baltic Castings", "erpPartyCodes": ["%s"], "address": {"city": "Riga", "country": "LV"},
                 "tolerances": {"quantityOverPercent": 5}, "users": [{"username": "%s.ruta", "name": "Ruta Ozola",
                 "email": "ruta@baltic.example", "role": "SUPPLIER_ADMIN", "password": "a-long-password-1"}]}
                """.formatted(key, key.toUpperCase(), key);

        HttpResponse<String> bad = api.post("/api/v1/suppliers", token, good.replace("\"" + key + "\"", "\"Bad Key\"")
                .replace("\"LV\"", "\"Latvia\"").replace("\"quantityOverPercent\": 5", "\"quantityOverPercent\": 150")
                .replace("SUPPLIER_ADMIN", "BUYER").replace(key.toUpperCase(), "SUP-1001"), Map.of());
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiCalls.json(bad).get("errors").findValuesAsString("field"))
                .contains("key", "address.country", "tolerances.quantityOverPercent", "users[0].role");
        HttpResponse<String> typo = api.post("/api/v1/suppliers", token, good.replace("erpPartyCodes", "erpPartyCode"), Map.of());
        assertThat(typo.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.json(typo).at("/errors/0/field").asString()).isEqualTo("erpPartyCode");
        assertThat(ApiCalls.json(typo).at("/errors/0/message").asString()).startsWith("Unknown field 'erpPartyCode'");
        HttpResponse<String> taken = api.post("/api/v1/suppliers", token, good.replace(key.toUpperCase(), "SUP-1001"), Map.of());
        assertThat(ApiCalls.json(taken).get("errors").findValuesAsString("field")).containsExactly("erpPartyCodes[0]");
        assertThat(api.get("/api/v1/suppliers/" + key, token).statusCode()).as("nothing saved").isEqualTo(404);

        Map<String, String> once = Map.of("Idempotency-Key", "onboard-" + key);
        HttpResponse<String> onboarded = api.post("/api/v1/suppliers", token, good, once);
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/suppliers", token, good, once).statusCode()).isEqualTo(201);
        JsonNode read = ApiCalls.json(api.get("/api/v1/suppliers/" + key, token));
        assertThat(read.at("/users/0/username").asString()).isEqualTo(key + ".ruta");
        assertThat(read.at("/users/0").has("password")).isFalse();
        assertThat(ApiCalls.values(api.walk("/api/v1/suppliers?limit=1", token), "key")).contains(key, "acme-metals").doesNotHaveDuplicates();

        String tolerances = "/api/v1/suppliers/" + key + "/tolerances";
        String etag = api.get(tolerances, token).headers().firstValue("ETag").orElseThrow();
        String limits = "{\"quantityOverPercent\": 8, \"dateLateDays\": 3}";
        assertThat(put(tolerances, token, limits, Map.of()).statusCode()).isEqualTo(428);
        HttpResponse<String> outOfRange = put(tolerances, token, "{\"dateLateDays\": 400}", Map.of("If-Match", etag));
        assertThat(ApiCalls.json(outOfRange).get("errors").findValuesAsString("field")).containsExactly("dateLateDays");
        HttpResponse<String> changed = put(tolerances, token, limits, Map.of("If-Match", etag));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiCalls.json(changed).at("/own/dateLateDays").asInt()).isEqualTo(3);
        assertThat(ApiCalls.json(api.get(tolerances, token)).at("/own/quantityOverPercent").decimalValue()).isEqualByComparingTo("8");
        assertThat(put(tolerances, token, limits, Map.of("If-Match", etag)).statusCode()).as("stale").isEqualTo(412);
        String acmeTag = api.get("/api/v1/suppliers/acme-metals/tolerances", token).headers().firstValue("ETag").orElseThrow();
        assertThat(put("/api/v1/suppliers/acme-metals/tolerances", token, limits, Map.of("If-Match", acmeTag)).statusCode())
                .as("a tenant file manages Acme").isEqualTo(409);
    }

    /** Every buyer operation: method, path, body. */
    private static List<String[]> buyerOperations(UUID exception, String incident) {
        List<String[]> operations = new ArrayList<>();
        operations.add(new String[] {"GET", "/api/v1/inbox", null});
        operations.add(new String[] {"GET", "/api/v1/inbox/" + exception, null});
        operations.add(new String[] {"POST", "/api/v1/inbox/" + exception + "/approval", "{}"});
        operations.add(new String[] {"POST", "/api/v1/inbox/" + exception + "/rejection", "{\"reason\": \"no\"}"});
        operations.add(new String[] {"POST", "/api/v1/inbox/" + exception + "/counter-proposal", "{\"quantity\": 5}"});
        operations.add(new String[] {"GET", "/api/v1/suppliers", null});
        operations.add(new String[] {"GET", "/api/v1/suppliers/acme-metals", null});
        operations.add(new String[] {"POST", "/api/v1/suppliers", "{\"key\": \"x-1\", \"name\": \"X\"}"});
        operations.add(new String[] {"GET", "/api/v1/suppliers/acme-metals/tolerances", null});
        operations.add(new String[] {"PUT", "/api/v1/suppliers/acme-metals/tolerances", "{\"dateLateDays\": 30}"});
        operations.add(new String[] {"POST", "/api/v1/quality-incidents", "{\"supplierKey\": \"acme-metals\", \"title\": \"t\"}"});
        operations.add(new String[] {"POST", incident + "/steps/containment/acceptance", "{}"});
        operations.add(new String[] {"POST", incident + "/steps/containment/return", "{\"comment\": \"more\"}"});
        return operations;
    }

    private HttpResponse<String> put(String path, String token, String body, Map<String, String> headers) {
        return api.send(api.request(path, token, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String token(String tenantKey, Set<ApiScope> scopes) {
        return api.tokenOfNewClient(actors, clients, tenantKey, scopes);
    }

    /** An Acme order whose line 20 the supplier proposes 9 days late: Acme's limit is 2, so a buyer decides. */
    private OrderId orderAnsweredLate() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BA-" + UUID.randomUUID().toString().substring(0, 6),
                "20", "9", REQUESTED).line(20, "BB-" + UUID.randomUUID().toString().substring(0, 6), "40", "9", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10),
                LineAnswer.propose(20, null, REQUESTED.plusDays(9), null)))));
        return order;
    }

    private ExceptionView openException(OrderId order) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.buyer(), () -> inbox.ofOrder(order)).stream()
                .filter(exception -> exception.type() == ExceptionType.OUTSIDE_TOLERANCE && exception.status() == ExceptionStatus.OPEN)
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private List<AuditAction> decisionsOn(OrderId order) {
        return actors.as(actors.buyer(), () -> auditLog.trailOf("PurchaseOrder", order.toString())).stream()
                .map(AuditRecord::action).filter(action -> action.name().startsWith("EXCEPTION_") && action != AuditAction.EXCEPTION_RAISED)
                .toList();
    }

    private static List<String> ids(List<JsonNode> pages) {
        return ApiCalls.values(pages, "id");
    }

}
