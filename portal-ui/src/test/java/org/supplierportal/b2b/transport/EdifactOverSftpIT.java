package org.supplierportal.b2b.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
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
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.Sscc;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * A supplier on UN/EDIFACT D.96A over SFTP, end to end with a real SSH client against the portal's SFTP server: an
 * ORDERS in its out folder for a new order, the ORDRSP (on the corpus envelope, see resources b2b/edifact/README.md)
 * applied as its acknowledgment, a CONTRL back for every interchange, a repeat not applied twice, a malformed ORDRSP
 * and one with another partner's UNB sender refused. The corpus DESADV (two books, each on its own PO; see resources
 * b2b/edifact/README.md for what the tests rewrite) becomes an ASN once, with a CONTRL back; one shipping more than is
 * open, and one from a channel without ship notices, are refused with the place or the reason and nothing recorded.
 * The same SFTP settings as {@link X12OverSftpIT}, so one context.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.b2b.sftp.enabled=true", "portal.b2b.sftp.host=127.0.0.1",
        "portal.b2b.sftp.port=0", "portal.b2b.sftp.root=target/b2b-it/sftp", "portal.b2b.sftp.host-key=target/b2b-it/host-key.ser"})
class EdifactOverSftpIT {

    private static final String PASSWORD = "edi-password-for-tests";
    private static final String PARTNER = "8712199999999";
    private static final AtomicInteger SUPPLIERS = new AtomicInteger();
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final Set<B2bDocument> SHIPPER_DOCUMENTS = Set.of(B2bDocument.ORDER_ACKNOWLEDGMENTS, B2bDocument.SHIP_NOTICES);
    private static SshClient client;

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
    SftpServer server;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnQueries asns;

    @BeforeAll
    static void startClient() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE); // the test's own server
        client.start();
    }

    @AfterAll
    static void stopClient() {
        client.stop();
    }

    @Test
    void ordersGoesOutAndTheOrdrspIsAppliedOnceWithAContrlForEachInterchange() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        OrderId order = bookOrder(supplier);
        String number = number(supplier, order);
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("ORDERS-").size() == 1);
        assertThat(partner.download(partner.outFiles("ORDERS-").get(0))).contains("UNB+UNOC:3+SUPPLIERPORTAL:ZZZ+"
                + PARTNER + ":14+", "UNH+1+ORDERS:D:96A:UN'", "BGM+220+" + number + "+9'", "LIN+15'", "QTY+21:6:PCE'");

        partner.upload("ordrsp-first.edi", ordrspFor(number));

        B2bMessageView received = awaitInbound(supplier, "ordrsp-first.edi");
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(received.orderId()).isEqualTo(order.value());
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.BUYER_REVIEW);
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("UNH+1+CONTRL:D:3:UN'",
                "UCI+4+" + PARTNER + ":14+SUPPLIERPORTAL:ZZZ+7'", "UCM+1+ORDRSP:D:96A:UN+7'");

        partner.upload("ordrsp-again.edi", ordrspFor(number));

        B2bMessageView repeat = awaitInbound(supplier, "ordrsp-again.edi");
        assertThat(repeat.state()).isEqualTo(B2bMessageState.DUPLICATE);
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.BUYER_REVIEW);
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 2);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(1))).contains("UCI+4+" + PARTNER
                + ":14+SUPPLIERPORTAL:ZZZ+4+26'");
    }

    /** The ERP revises the order: an ORDCHG follows the ORDERS with a LIN per changed line and its action. */
    @Test
    void aRevisedOrderGoesOutAsAnOrdchgAfterTheOrders() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(10, "DEF345", "2", "117.84", REQUESTED).line(15, "DE80", "6", "152.76", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("ORDERS-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.line(15, "DE80", "8", "152.76", REQUESTED).withoutLine(10).marker(2).build()));

        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("ORDCHG-").size() == 1);
        String ordchg = partner.download(partner.outFiles("ORDCHG-").get(0));
        assertThat(ordchg).contains("UNH+1+ORDCHG:D:96A:UN'", "BGM+230+" + document.number() + "-2+4'",
                "RFF+ON:" + document.number() + "'", "LIN+10+2'", "LIN+15+3'", "QTY+21:8:PCE'", "CNT+2:2'");
        B2bMessageView sent = actors.as(actors.admin(), () -> messageLog.recent(0, 200)).stream()
                .filter(message -> message.supplierName().equals(supplier.name()) && "ORDCHG".equals(message.documentType()))
                .findFirst().orElseThrow();
        assertThat(sent.orderId()).isEqualTo(order.value());
        assertThat(sent.state()).isEqualTo(B2bMessageState.SENT);
    }

    /** A new ship-to and nothing else: an ORDCHG with the header as it is now, no LIN and no CNT. */
    @Test
    void aHeaderOnlyRevisionGoesOutAsAnOrdchgWithoutAnyLin() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0)).line(10, "DEF345", "2", "117.84", REQUESTED);
        actors.asSystem(() -> inbound.receive(document.build()));
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("ORDERS-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.shipTo("Plant 2, Gate 7").marker(2).build()));

        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("ORDCHG-").size() == 1);
        assertThat(partner.download(partner.outFiles("ORDCHG-").get(0))).contains("BGM+230+" + document.number() + "-2+4'",
                "NAD+DP+++Plant 2, Gate 7'", "UNS+S'").doesNotContain("LIN+", "CNT+");
    }

    @Test
    void aMalformedOrdrspIsRefusedWithItsLocationInTheContrlAndNothingRecorded() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        OrderId order = bookOrder(supplier);

        partner.upload("ordrsp-bad.edi", ordrspFor(number(supplier, order)).replace("QTY+113:5:EA", "QTY+113:FIVE:EA"));

        B2bMessageView refused = awaitInbound(supplier, "ordrsp-bad.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("QTY (segment 16), element 1, component 2: invalid type of characters 'FIVE'");
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("UCM+1+ORDRSP:D:96A:UN+4'", "UCS+16'",
                "UCD+37+1:2'");
        assertThat(lineStatuses(supplier, order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void anInterchangeCutOffAfterUnsIsRejectedAsAWholeInTheContrl() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        OrderId order = bookOrder(supplier);
        String full = ordrspFor(number(supplier, order));

        // Cut off after UNS, as the corpus d96aORDERS_message.edi is.
        partner.upload("ordrsp-cut.edi", full.substring(0, full.indexOf("UNS+S'") + "UNS+S'".length()));

        B2bMessageView refused = awaitInbound(supplier, "ordrsp-cut.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("is not a readable EDIFACT interchange", "nothing in it was applied");
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("UCI+4+" + PARTNER
                + ":14+SUPPLIERPORTAL:ZZZ+4+18'");
        assertThat(lineStatuses(supplier, order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void anInterchangeWithAnotherPartnersUnbSenderIsRefused() throws Exception {
        TenantSummary supplier = supplierOnEdifact();
        SftpPartnerClient partner = partner(supplier);
        OrderId order = bookOrder(supplier);

        partner.upload("ordrsp-foreign.edi", ordrspFor(number(supplier, order)).replace("+" + PARTNER + ":14+", "+5400110000009:14+"));

        B2bMessageView refused = awaitInbound(supplier, "ordrsp-foreign.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("Sent with another partner's identifiers: the UNB sender is 14:5400110000009");
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("+4+23'");
        assertThat(lineStatuses(supplier, order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void theCorpusDesadvBecomesAnAsnOnceWithAContrlBack() throws Exception {
        TenantSummary supplier = supplierOnEdifact(SHIPPER_DOCUMENTS);
        SftpPartnerClient partner = partner(supplier);
        List<String> books = bookTheCorpusBooks(supplier);
        String first = books.get(0);
        String second = books.get(1);

        partner.upload("desadv-first.edi", desadvFor(first, second));

        B2bMessageView received = awaitInbound(supplier, "desadv-first.edi");
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(received.detail()).startsWith("DESADV 142 (despatch Y02197250) applied: ASN ");
        Matcher asnNumber = Pattern.compile("ASN (ASN[0-9]+)").matcher(received.detail());
        assertThat(asnNumber.find()).as(received.detail()).isTrue();
        AsnView asn = actors.as(actors.supplierUser(supplier.key()), () -> asns.findByNumber(asnNumber.group(1))).orElseThrow();
        assertThat(asn.orderNumbers()).containsExactly(first, second);
        assertThat(asn.shipDate()).isEqualTo(LocalDate.now());
        assertThat(asn.createdBy()).isEqualTo(supplier.name() + " (EDI)");
        assertThat(onAsns(supplier, first, second)).containsExactly("1:1", "1:1");
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("UCI+1+" + PARTNER
                + ":14+SUPPLIERPORTAL:ZZZ+7'", "UCM+142+DESADV:D:96A:UN+7'");

        partner.upload("desadv-again.edi", desadvFor(first, second));

        assertThat(awaitInbound(supplier, "desadv-again.edi").state()).isEqualTo(B2bMessageState.DUPLICATE);
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 2);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(1))).contains("UCI+1+" + PARTNER + ":14+SUPPLIERPORTAL:ZZZ+4+26'");
        assertThat(onAsns(supplier, first, second)).containsExactly("1:1", "1:1");
    }

    @Test
    void aDesadvDescribingIdenticalCartonsOnceBecomesOnePackagePerSscc() throws Exception {
        TenantSummary supplier = supplierOnEdifact(SHIPPER_DOCUMENTS);
        SftpPartnerClient partner = partner(supplier);
        List<String> books = bookTheCorpusBooks(supplier, "2");
        String first = Sscc.nth("0614141", 9601);
        String second = Sscc.nth("0614141", 9602);
        String third = Sscc.nth("0614141", 9603);
        // Two cartons of one copy of the first book each (one CPS, QTY+52, one GIN, two SSCCs), one of the other book.
        String cartons = desadvFor(books.get(0), books.get(1))
                .replace("CPS+IE2156580387'", "CPS+1'PAC+2++CT'QTY+52:1'PCI+33E'GIN+BJ+" + first + "+" + second + "'")
                .replaceFirst("QTY\\+12:1'", "QTY+12:2'")
                .replace("LIN+002'", "CPS+2+1'PAC+1++CT'PCI+33E'GIN+BJ+" + third + "'LIN+002'").replace("UNT+21+", "UNT+29+");

        partner.upload("desadv-cartons.edi", cartons);

        AsnView asn = AppliedShipNotices.asn(awaitInbound(supplier, "desadv-cartons.edi"), supplier, actors, asns);
        assertThat(AppliedShipNotices.packages(asn))
                .containsExactly(first + " [1:1]", second + " [1:1]", third + " [2:1]");
        assertThat(onAsns(supplier, books.get(0), books.get(1))).containsExactly("1:2", "1:1");
    }

    @Test
    void aDesadvShippingMoreThanIsOpenIsRefusedAtItsQuantityAndNothingRecorded() throws Exception {
        TenantSummary supplier = supplierOnEdifact(SHIPPER_DOCUMENTS);
        SftpPartnerClient partner = partner(supplier);
        List<String> books = bookTheCorpusBooks(supplier);
        String first = books.get(0);
        String second = books.get(1);

        partner.upload("desadv-too-many.edi", desadvFor(first, second).replaceFirst("QTY\\+12:1'", "QTY+12:3'"));

        B2bMessageView refused = awaitInbound(supplier, "desadv-too-many.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("DESADV 142 (despatch Y02197250) refused: QTY+12 (segment 12) of LIN (segment 9): PO "
                + first + " line 1: 3", "nothing recorded");
        assertThat(onAsns(supplier, first, second)).containsExactly("1:0", "1:0");
    }

    @Test
    void aDesadvFromAChannelWithoutShipNoticesIsRefusedWithTheReasonAndRejectedInTheContrl() throws Exception {
        TenantSummary supplier = supplierOnEdifact(Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_ACKNOWLEDGMENTS));
        SftpPartnerClient partner = partner(supplier);
        List<String> books = bookTheCorpusBooks(supplier);
        String first = books.get(0);
        String second = books.get(1);

        partner.upload("desadv-not-agreed.edi", desadvFor(first, second));

        B2bMessageView refused = awaitInbound(supplier, "desadv-not-agreed.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains(supplier.name() + "'s channel does not exchange ship notices");
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.outFiles("CONTRL-").size() == 1);
        assertThat(partner.download(partner.outFiles("CONTRL-").get(0))).contains("UCM+142+DESADV:D:96A:UN+4+17'");
        assertThat(onAsns(supplier, first, second)).containsExactly("1:0", "1:0");
    }

    private TenantSummary supplierOnEdifact() {
        return supplierOnEdifact(Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES, B2bDocument.ORDER_ACKNOWLEDGMENTS));
    }

    private TenantSummary supplierOnEdifact(Set<B2bDocument> documents) {
        int n = SUPPLIERS.incrementAndGet();
        String key = "edifact-parts-" + n + "-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDIFACT Parts " + n, List.of("EDI-" + key), null,
                null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), new ChannelSettings(B2bChannel.EDIFACT, "D96A", "14",
                PARTNER, null, B2bTransport.SFTP, documents, null, PASSWORD, false)));
        return supplier;
    }

    /** The order the corpus D.96A ORDERS carries (Kramp PO 2738662): lines 10 to 25 of 2, 6, 2 and 7 pieces. */
    private OrderId bookOrder(TenantSummary supplier) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(10, "DEF345", "2", "117.84", REQUESTED).line(15, "DE80", "6", "152.76", REQUESTED)
                .line(20, "EF90", "2", "66.20", REQUESTED).line(25, "ABCDBL", "7", "36.82", REQUESTED);
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }

    /** The corpus DESADV's two books, each on its own order of one, confirmed by the supplier: their PO numbers. */
    private List<String> bookTheCorpusBooks(TenantSummary supplier) {
        return bookTheCorpusBooks(supplier, "1");
    }

    /** The same, the first book ordered this many times. */
    private List<String> bookTheCorpusBooks(TenantSummary supplier, String firstBooks) {
        return List.of("9780738507330", "9781568361871").stream().map(isbn -> {
            String quantity = isbn.equals("9780738507330") ? firstBooks : "1";
            TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0)).line(1, isbn, quantity, "12.50", REQUESTED);
            OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
            actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                    UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(1)))));
            return number(supplier, order);
        }).toList();
    }

    /** Per PO, line by line, what the supplier's ASNs ship of it: "line:quantity". */
    private List<String> onAsns(TenantSummary supplier, String... numbers) {
        return actors.as(actors.supplierUser(supplier.key()), () -> asns.linesOfOrders(Set.of(numbers))).stream()
                .sorted(java.util.Comparator.comparingInt(view -> List.of(numbers).indexOf(view.line().orderNumber())))
                .map(view -> view.line().lineNumber() + ":" + view.onAsns().stripTrailingZeros().toPlainString()).toList();
    }

    /**
     * The corpus DESADV made valid D.96A and pointed at the test's data (resources b2b/edifact/README.md): its UNB
     * parties the test partner and the portal, UNH 0052 'D', BGM 1225 '9', each book's RFF+ON its test order and RFF+LI
     * line 1, and DTM+11 today, as a supplier ships now.
     */
    private static String desadvFor(String firstOrder, String secondOrder) throws IOException {
        try (InputStream in = EdifactOverSftpIT.class.getResourceAsStream("/b2b/edifact/D96ADESADV.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .replace("+1556150:31B+8888888:ZZ+", "+" + PARTNER + ":14+SUPPLIERPORTAL:ZZZ+")
                    .replace("DESADV:0:96A:UN", "DESADV:D:96A:UN").replace("+700101'", "+9'")
                    .replace("RFF+LI:6877871'", "RFF+LI:1'").replace("RFF+LI:6905456'", "RFF+LI:1'")
                    .replace("6877871", firstOrder).replace("6905456", secondOrder)
                    .replace("DTM+11:20160726:102", "DTM+11:" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now()) + ":102");
        }
    }

    private String number(TenantSummary supplier, OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).summary().number();
    }

    /** The test ORDRSP answering this order: its PO number, dates around its requested date, the portal as recipient. */
    private static String ordrspFor(String orderNumber) throws IOException {
        try (InputStream in = EdifactOverSftpIT.class.getResourceAsStream("/b2b/edifact/ordrsp_d96a.edi")) {
            DateTimeFormatter ccyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("2738662", orderNumber)
                    .replace("+8716106053841:14+", "+SUPPLIERPORTAL:ZZZ+")
                    .replace("20200311", ccyymmdd.format(REQUESTED)).replace("20200318", ccyymmdd.format(REQUESTED.plusDays(7)))
                    .replace("20200325", ccyymmdd.format(REQUESTED.plusDays(14)));
        }
    }

    private SftpPartnerClient partner(TenantSummary supplier) {
        return new SftpPartnerClient(client, server, supplier.key(), PASSWORD, Path.of("target/b2b-it/sftp"));
    }

    private List<LineStatus> lineStatuses(TenantSummary supplier, OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).lines().stream()
                .map(OrderLineView::status).toList();
    }

    private B2bMessageView awaitInbound(TenantSummary supplier, String fileName) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.admin(), () -> messageLog.recent(0, 200))
                        .stream().filter(message -> message.supplierName().equals(supplier.name()))
                        .filter(message -> fileName.equals(message.fileName()))
                        .filter(message -> message.state() != B2bMessageState.RECEIVED && message.state() != B2bMessageState.VALID)
                        .findFirst(), Optional::isPresent).orElseThrow();
    }
}
