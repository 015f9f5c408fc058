package org.supplierportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.apiclient.ApiClientDraft;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ApiCalls;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/**
 * What systems can rely on: a POST repeated with its Idempotency-Key does its work once, a change based on an old
 * read is refused, lists page by cursor without gaps or repeats while new orders arrive, unknown addresses and
 * errors are problem details.
 */
@PortalIntegrationTest
class ApiMannersIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClientService clients;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnQueries asns;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    private ApiCalls api;
    private String token;

    @BeforeEach
    void acmeSystem() {
        api = new ApiCalls(port);
        CreatedApiClient erp = actors.as(actors.admin(), () -> clients.create(new ApiClientDraft("Acme ERP " + UUID.randomUUID(),
                actors.tenant("acme-metals").id(), EnumSet.of(ApiScope.ORDERS_READ, ApiScope.ASNS_WRITE),
                clock.instant().plus(30, ChronoUnit.DAYS))));
        token = api.token(erp.client().clientId(), erp.secret(), null);
    }

    @Test
    void anAsnPostRepeatedWithTheSameIdempotencyKeyCreatesOneAsn() throws Exception {
        OrderId order = committedOrder();
        String body = asn(order);
        Map<String, String> key = Map.of("Idempotency-Key", "asn-" + UUID.randomUUID());

        HttpResponse<String> first = api.post("/api/v1/asns", token, body, key);
        HttpResponse<String> again = api.post("/api/v1/asns", token, body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(ApiCalls.json(again).get("id").asString()).isEqualTo(ApiCalls.json(first).get("id").asString());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(asnsOf(order)).isEqualTo(1);

        HttpResponse<String> otherBody = api.post("/api/v1/asns", token, body.replace("\"L-1\"", "\"L-2\""), key);
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(ApiCalls.json(otherBody).get("type").asString()).endsWith("idempotency-key-reused");
        assertThat(asnsOf(order)).isEqualTo(1);
    }

    @Test
    void theSameKeySentTwiceAtOnceCreatesOneAsn() throws Exception {
        OrderId order = committedOrder();
        String body = asn(order);
        Map<String, String> key = Map.of("Idempotency-Key", "asn-" + UUID.randomUUID());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(() -> api.post("/api/v1/asns", token, body, key));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> post : threads.invokeAll(posts)) {
                assertThat(post.get().statusCode()).as(post.get().body()).isEqualTo(201);
                ids.add(ApiCalls.json(post.get()).get("id").asString());
            }
            assertThat(ids).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(asnsOf(order)).isEqualTo(1);
    }

    @Test
    void aChangeNeedsTheCurrentETagInIfMatch() {
        HttpResponse<String> sent = api.post("/api/v1/asns", token, asn(committedOrder()), Map.of());
        String path = sent.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = api.get(path, token);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(api.get(path, token, Map.of("If-None-Match", etag)).statusCode()).as("unchanged: not modified").isEqualTo(304);

        HttpResponse<String> withoutIfMatch = api.post(path + "/cancellation", token, null, Map.of());
        HttpResponse<String> stale = api.post(path + "/cancellation", token, null, Map.of("If-Match", "\"0123456789abcdef\""));

        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        assertThat(withoutIfMatch.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(ApiCalls.json(api.get(path, token)).get("status").asString()).as("nothing changed").isEqualTo("SHIPPED");
        HttpResponse<String> cancelled = api.post(path + "/cancellation", token, null, Map.of("If-Match", etag));
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(api.post(path + "/cancellation", token, null, Map.of("If-Match", etag)).statusCode())
                .as("the ETag read before the cancellation is stale now").isEqualTo(412);
    }

    @Test
    void cursorPagingWalksTheListWithoutGapsOrRepeatsWhileNewOrdersArrive() {
        String prefix = "CP" + (System.nanoTime() % 1_000_000);
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            before.add(receive(prefix, LocalDate.now().minusDays(30 + i)).toString());
        }

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/orders?limit=5&q=" + prefix;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = api.get(next, token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            seen.addAll(ApiCalls.json(page).get("orders").findValuesAsString("id"));
            next = page.headers().firstValue("Link").map(link -> link.substring(1, link.indexOf('>'))).orElse(null);
            var nextLink = ApiCalls.json(page).get("nextLink");
            assertThat(next).isEqualTo(nextLink.isNull() ? null : nextLink.asString());
            // New orders arrive between the pages, newer than all the others.
            receive(prefix, LocalDate.now());
            receive(prefix, LocalDate.now());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsAll(before);
        HttpResponse<String> byOffset = api.get("/api/v1/orders?limit=5&offset=5&q=" + prefix, token);
        assertThat(byOffset.statusCode()).isEqualTo(200);
        assertThat(byOffset.headers().firstValue("Deprecation")).hasValue("@1796083200");
        assertThat(api.get("/api/v1/orders?after=bm90LWEtY3Vyc29y&q=" + prefix, token).statusCode()).isEqualTo(422);
    }

    @Test
    void anUnknownApiAddressIsA404Problem() {
        HttpResponse<String> unknown = api.get("/api/v1/no-such-thing", token);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).doesNotContain("<html");
    }

    @Test
    void theOpenApiDocumentHasAnExampleAndTheScopeOfEveryOperation() {
        var document = ApiCalls.json(api.get("/v3/api-docs", null));
        List<String> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            var operation = method.getValue();
            String name = operation.get("operationId").asString();
            operations.add(name);
            assertThat(operation.toString()).as(name + " has an example").contains("\"examples\"");
            assertThat(operation.get("security").toString()).as(name + " names its scope").containsPattern("\"[a-z]+:[a-z]+\"");
        }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(31).contains("listOrders", "sendAsn", "answerQualityStep",
                "listInboxExceptions", "approveInboxException", "onboardSupplier", "changeSupplierTolerances");
        assertThat(document.at("/components/securitySchemes/clientCredentials/flows/clientCredentials/tokenUrl").asString())
                .isEqualTo("/oauth2/token");
    }

    private long asnsOf(OrderId order) {
        return actors.as(actors.supplierUser("acme-metals"), () -> asns.ofOrder(order).size());
    }

    private static String asn(OrderId order) {
        return """
                {"shipDate": "%s", "expectedArrival": "%s", "carrier": "DHL",
                 "lines": [{"orderId": "%s", "lineNumber": 10, "quantity": 20, "lot": "L-1"}],
                 "packages": [{"type": "Carton", "grossWeightKg": 12.5, "contents": [{"line": 1, "quantity": 20}]}]}
                """.formatted(LocalDate.now(), LocalDate.now().plusDays(1), order);
    }

    private OrderId committedOrder() {
        OrderId id = receive(null, LocalDate.now());
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return id;
    }

    private OrderId receive(String numberPrefix, LocalDate orderDate) {
        TestOrders.Builder document = TestOrders.order("SUP-1001").orderDate(orderDate)
                .line(10, (numberPrefix == null ? "BR" : numberPrefix) + "-" + UUID.randomUUID().toString().substring(0, 6),
                        "20", "1.85", LocalDate.now().plusDays(10));
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }
}
