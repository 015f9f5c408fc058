package org.supplierportal.b2b.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.CxmlCredential;
import org.supplierportal.tenant.CxmlSettings;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * A supplier on cXML 1.2, end to end over HTTP against the running portal: a ConfirmationRequest (the real corpus
 * envelope, identifiers rewritten to the test's supplier and order) posted to /b2b/cxml and applied as the supplier's
 * acknowledgment with a 200 Response; a repeated payloadID not applied twice; a wrong shared secret refused with 401
 * and nothing recorded; another supplier's PO refused; the new order out as an OrderRequest posted to the supplier's
 * address (a small HTTP server standing in for the supplier's system, which is outside the portal), and its revision
 * as an update naming that OrderRequest. The corpus
 * ShipNoticeRequest (dates, order and identifiers rewritten) becomes an ASN with a 200 Response, and one naming
 * another supplier's PO is refused with 400 and records nothing.
 */
@PortalIntegrationTest
class CxmlEndpointIT {

    private static final Logger log = LoggerFactory.getLogger(CxmlEndpointIT.class);
    private static final String SECRET = "cxml-shared-secret-for-tests";
    private static final AtomicInteger SUPPLIERS = new AtomicInteger();
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final List<String> RECEIVED_ORDERS = new CopyOnWriteArrayList<>();
    private static HttpServer supplierSystem;

    @LocalServerPort
    int port;
    @Autowired
    Actors actors;
    @Autowired
    TenantChannels channels;
    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    MessageLog messageLog;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnQueries asns;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The supplier's own cXML server: keeps what it is sent and answers 200 OK, as a supplier's system does. */
    @BeforeAll
    static void startSupplierSystem() throws IOException {
        supplierSystem = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        supplierSystem.createContext("/cxml", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED_ORDERS.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <cXML payloadID="answer@supplier" timestamp="2026-12-01T03:00:00+00:00">
                    <Response><Status code="200" text="OK"/></Response></cXML>""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        supplierSystem.start();
    }

    @AfterAll
    static void stopSupplierSystem() {
        supplierSystem.stop(0);
    }

    @Test
    void theConfirmationRequestIsAppliedAsTheSuppliersAnswerAndARepeatIsNotAppliedAgain() throws Exception {
        Supplier supplier = supplierOnCxml();
        OrderId order = bookOrder(supplier.tenant());
        String number = number(supplier.tenant(), order);
        String document = confirmationFor(supplier, number, SECRET, "first");

        HttpResponse<String> response = post(document);

        // The README's worked example is taken from this exchange.
        log.info("cXML posted to /b2b/cxml:\n{}\nResponse (HTTP {}):\n{}", document, response.statusCode(), response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<Status code=\"200\" text=\"OK\"", "PO " + number + " revision 1: 1 confirmed, 2 to the buyer");
        assertThat(lineStatuses(supplier.tenant(), order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW);
        B2bMessageView applied = inbound(supplier, "first", B2bMessageState.APPLIED).orElseThrow();
        assertThat(applied.orderId()).isEqualTo(order.value());
        assertThat(applied.documentType()).isEqualTo("ConfirmationRequest");
        assertThat(actors.as(actors.admin(), () -> messageLog.raw(applied.id()))).get().asString()
                .contains("<OrderReference orderID=\"" + number + "\"").doesNotContain(SECRET);

        HttpResponse<String> again = post(document);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("was received and applied before: not applied again");
        assertThat(inbound(supplier, "first", B2bMessageState.DUPLICATE)).isPresent();
        assertThat(lineStatuses(supplier.tenant(), order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW);
    }

    @Test
    void aWrongSharedSecretIsRefusedWith401AndNothingIsRecorded() throws Exception {
        Supplier supplier = supplierOnCxml();
        OrderId order = bookOrder(supplier.tenant());

        HttpResponse<String> response = post(confirmationFor(supplier, number(supplier.tenant(), order), "not-the-secret-at-all", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("<Status code=\"401\" text=\"Unauthorized\"", "shared secret");
        assertThat(lineStatuses(supplier.tenant(), order)).containsOnly(LineStatus.AWAITING_ANSWER);
        assertThat(actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .filter(message -> message.supplierName().equals(supplier.tenant().name()) && "IN".equals(message.direction())))
                .singleElement().satisfies(message -> {
                    assertThat(message.state()).isEqualTo(B2bMessageState.REFUSED);
                    assertThat(message.detail()).contains("wrong");
                    assertThat(actors.as(actors.admin(), () -> messageLog.raw(message.id()))).get().asString()
                            .doesNotContain("not-the-secret-at-all");
                });
    }

    @Test
    void anUnknownSenderIsRefusedWith401() throws Exception {
        Supplier supplier = supplierOnCxml();
        String stranger = confirmationFor(supplier, "PO-1", SECRET, "stranger").replace(supplier.identity(), "AN-STRANGER");

        HttpResponse<String> response = post(stranger);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("NetworkId:AN-STRANGER is not a supplier's on cXML");
    }

    @Test
    void anotherSuppliersPoIsRefusedAndThatOrderStaysUntouched() throws Exception {
        Supplier supplier = supplierOnCxml();
        TestOrders.Builder acmes = TestOrders.order("SUP-1001").line(1, "A-1", "10", "2.10", REQUESTED)
                .line(2, "A-2", "20", "3.20", REQUESTED).line(3, "A-3", "4", "3.10", REQUESTED);
        OrderId acmeOrder = actors.asSystem(() -> inbound.receive(acmes.build())).orderId();

        HttpResponse<String> response = post(confirmationFor(supplier, acmes.number(), SECRET, "not-ours"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(supplier.tenant().name() + " has no order " + acmes.number());
        assertThat(inbound(supplier, "not-ours", B2bMessageState.REFUSED)).isPresent();
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> orders.detail(acmeOrder)).lines())
                .extracting(OrderLineView::status).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void aNewOrderIsPostedToTheSupplierAsAnOrderRequest() {
        Supplier supplier = supplierOnCxml();
        OrderId order = bookOrder(supplier.tenant());
        String number = number(supplier.tenant(), order);

        String received = await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVED_ORDERS.stream()
                .filter(body -> body.contains("orderID=\"" + number + "\"")).findFirst(), Optional::isPresent).orElseThrow();

        assertThat(received).contains("<OrderRequest>", "type=\"new\"", "<Identity>" + supplier.identity() + "</Identity>");
        B2bMessageView sent = await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.admin(),
                () -> messageLog.recent(0, 500)).stream().filter(message -> number.equals(message.orderNumber()))
                .filter(message -> "OrderRequest".equals(message.documentType()))
                .filter(message -> message.state() == B2bMessageState.ACKNOWLEDGED).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(sent.detail()).contains("the supplier answered 200 OK");
    }

    @Test
    void aRevisedOrderIsPostedAsAnUpdateNamingTheOrderRequestItFollows() {
        Supplier supplier = supplierOnCxml();
        TestOrders.Builder document = TestOrders.order(supplier.tenant().erpPartyCodes().get(0))
                .line(1, "1233244", "10", "2.10", REQUESTED).line(2, "1233245", "20", "3.20", REQUESTED);
        actors.asSystem(() -> inbound.receive(document.build()));
        String original = receivedOrder(document.number(), "new");
        Matcher payloadId = Pattern.compile("<cXML payloadID=\"([^\"]+)\"").matcher(original);
        assertThat(payloadId.find()).as(original).isTrue();

        actors.asSystem(() -> inbound.receive(document.line(2, "1233245", "25", "3.20", REQUESTED).marker(2).build()));

        String update = receivedOrder(document.number(), "update");
        assertThat(update).contains("orderVersion=\"2\"", "<DocumentReference payloadID=\"" + payloadId.group(1) + "\"/>",
                "quantity=\"25\"", "quantity=\"10\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .filter(message -> document.number().equals(message.orderNumber()) && "OUT".equals(message.direction()))
                .filter(message -> message.state() == B2bMessageState.ACKNOWLEDGED)
                .map(B2bMessageView::detail).toList(), details -> details.size() == 2
                && details.stream().anyMatch(detail -> detail.startsWith("PO " + document.number() + " revision 2: the supplier answered 200 OK")));
    }

    /** New payment terms alone change nothing an OrderRequest carries: no update repeats the order the supplier has. */
    @Test
    void aRevisionOfNothingAnOrderRequestCarriesPostsNoUpdate() {
        Supplier supplier = supplierOnCxml();
        TestOrders.Builder document = TestOrders.order(supplier.tenant().erpPartyCodes().get(0))
                .line(1, "1233244", "10", "2.10", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        receivedOrder(document.number(), "new");
        await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .anyMatch(message -> document.number().equals(message.orderNumber()) && message.state() == B2bMessageState.ACKNOWLEDGED));

        actors.asSystem(() -> inbound.receive(document.paymentTerms("60 days net").marker(2).build()));

        // The cXML sender's own handling of the revision, not every listener's (another context may keep its own open).
        await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is not null and listener_id like '%CxmlOrderSender%'
                and event_type like '%PurchaseOrderRevised' and serialized_event like ?""", Long.class, "%" + order + "%")) == 1);
        assertThat(RECEIVED_ORDERS).noneMatch(body -> body.contains("orderID=\"" + document.number() + "\"")
                && body.contains("type=\"update\""));
        assertThat(actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .filter(message -> document.number().equals(message.orderNumber()))).hasSize(1);
    }

    private static String receivedOrder(String number, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVED_ORDERS.stream()
                .filter(body -> body.contains("orderID=\"" + number + "\"") && body.contains("type=\"" + type + "\""))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    @Test
    void theShipNoticeRequestBecomesAnAsnForTheSuppliersConfirmedOrder() throws Exception {
        Supplier supplier = supplierOnCxml();
        OrderId order = bookOrder(supplier.tenant());
        String number = number(supplier.tenant(), order);
        actors.as(actors.supplierUser(supplier.tenant().key()), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(1), LineAnswer.accept(2), LineAnswer.accept(3)))));

        HttpResponse<String> response = post(shipNoticeFor(supplier, number, "ship"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<Status code=\"200\" text=\"OK\"", "ShipNoticeRequest shipmentID S2-123: ASN ");
        B2bMessageView applied = inbound(supplier, "ship", B2bMessageState.APPLIED).orElseThrow();
        assertThat(applied.documentType()).isEqualTo("ShipNoticeRequest");
        assertThat(applied.orderId()).isEqualTo(order.value());
        assertThat(actors.as(actors.supplierUser(supplier.tenant().key()), () -> asns.linesOfOrders(Set.of(number))))
                .extracting(view -> view.onAsns().stripTrailingZeros().toPlainString()).containsExactly("10", "20", "4");
    }

    @Test
    void aShipNoticeForAnotherSuppliersPoIsRefusedWith400AndRecordsNothing() throws Exception {
        Supplier supplier = supplierOnCxml();
        TestOrders.Builder acmes = TestOrders.order("SUP-1001").line(1, "A-1", "10", "2.10", REQUESTED);
        actors.asSystem(() -> inbound.receive(acmes.build()));

        HttpResponse<String> response = post(shipNoticeFor(supplier, acmes.number(), "not-our-po"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Status code=\"400\" text=\"Bad Request\"",
                "ShipNoticePortion 1: PO " + acmes.number() + " is not one of your orders", "nothing recorded");
        assertThat(inbound(supplier, "not-our-po", B2bMessageState.REFUSED)).isPresent();
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> asns.linesOfOrders(Set.of(acmes.number()))))
                .extracting(view -> view.onAsns().signum()).containsOnly(0);
    }

    /** The corpus ShipNoticeRequest from the test's supplier, for the order, shipped today and arriving in four days. */
    private static String shipNoticeFor(Supplier supplier, String orderNumber, String payload) throws IOException {
        return fromSupplier("/b2b/ShipNoticeRequest.xml", "0c30050@supplierorg.com", supplier, SECRET, payload, orderNumber)
                .replace("2000-10-14", LocalDate.now().toString())
                .replace("2000-10-18", LocalDate.now().plusDays(4).toString());
    }

    private record Supplier(TenantSummary tenant, String identity) {
    }

    private Supplier supplierOnCxml() {
        int n = SUPPLIERS.incrementAndGet();
        String key = "cxml-chairs-" + n + "-" + ProcessHandle.current().pid();
        TenantSummary tenant = actors.onboard(new TenantDefinition(key, "cXML Chairs " + n, List.of("CXML-" + key), null,
                null, 2, null, null));
        String identity = "AN" + n + "-" + ProcessHandle.current().pid();
        CxmlCredential supplier = new CxmlCredential("NetworkId", identity);
        actors.as(actors.admin(), () -> channels.update(tenant.id(), new ChannelSettings(B2bChannel.CXML, "1.2", null, null,
                null, B2bTransport.HTTPS, Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES,
                B2bDocument.ORDER_ACKNOWLEDGMENTS, B2bDocument.SHIP_NOTICES), null, null,
                false, new CxmlSettings(supplier, supplier, supplier, SECRET, false,
                "http://127.0.0.1:" + supplierSystem.getAddress().getPort() + "/cxml"))));
        return new Supplier(tenant, identity);
    }

    /** The order the ConfirmationRequest answers: 10 at 2.10, 20 at 3.20 and 4 at 3.10. */
    private OrderId bookOrder(TenantSummary supplier) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(1, "1233244", "10", "2.10", REQUESTED).line(2, "1233245", "20", "3.20", REQUESTED)
                .line(3, "1233246", "4", "3.10", REQUESTED);
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }

    private String number(TenantSummary supplier, OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).summary().number();
    }

    /** The test ConfirmationRequest with the supplier's credentials, the portal as To, the order and its dates. */
    private static String confirmationFor(Supplier supplier, String orderNumber, String secret, String payload) throws IOException {
        return fromSupplier("/b2b/ConfirmationRequest.xml", "0c30051@supplierorg.com", supplier, secret, payload, orderNumber)
                .replace("2020-02-28", REQUESTED.toString())
                .replace("2020-03-06", REQUESTED.plusDays(7).toString());
    }

    /** A test document from the supplier (its credentials and secret) to the portal, with its own payloadID, for the order. */
    private static String fromSupplier(String resource, String corpusPayloadId, Supplier supplier, String secret, String payload,
                                       String orderNumber) throws IOException {
        try (InputStream in = CxmlEndpointIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("AN00000123", supplier.identity())
                    .replace("AN00000456", "SUPPLIERPORTAL")
                    .replace("abracadabra", secret)
                    .replace(corpusPayloadId, payload + "-" + supplier.identity() + "@supplierorg.com")
                    .replace("orderID=\"DO1234\"", "orderID=\"" + orderNumber + "\"");
        }
    }

    private HttpResponse<String> post(String document) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/b2b/cxml"))
                .header("Content-Type", "text/xml; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<LineStatus> lineStatuses(TenantSummary supplier, OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).lines().stream()
                .map(OrderLineView::status).toList();
    }

    private Optional<B2bMessageView> inbound(Supplier supplier, String payload, B2bMessageState state) {
        String payloadId = payload + "-" + supplier.identity() + "@supplierorg.com";
        return actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .filter(message -> payloadId.equals(message.interchangeControl()) && message.state() == state).findFirst();
    }
}
