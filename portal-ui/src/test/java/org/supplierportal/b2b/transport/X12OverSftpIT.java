package org.supplierportal.b2b.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.b2b.Reprocessing;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.erp.outbound.OutboundQueue;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.Sscc;
import org.supplierportal.tenancy.CurrentUser;
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
 * A supplier on X12 004010 over SFTP, end to end with a real SSH client (Apache MINA SSHD's own) against the portal's
 * SFTP server: the real node-x12 855 (its PO number rewritten to the test's order) applied as the supplier's
 * acknowledgment, a 997 back for every interchange, a repeat not applied twice, a malformed 855 refused with its
 * location, and a PO of another supplier refused. Ship notices the same way: the node-x12 856 (envelope in 004010,
 * PO number and ship date rewritten) becomes an ASN on its way to the ERP like one entered on the screen, once;
 * stupidedi's malformed 856, an 856 shipping more than is open, and an 856 from a channel without ship notices are
 * refused with the reason and nothing recorded.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.b2b.sftp.enabled=true", "portal.b2b.sftp.host=127.0.0.1",
        "portal.b2b.sftp.port=0", "portal.b2b.sftp.root=target/b2b-it/sftp", "portal.b2b.sftp.host-key=target/b2b-it/host-key.ser"})
class X12OverSftpIT {

    private static final String PASSWORD = "edi-password-for-tests";
    private static final AtomicInteger SUPPLIERS = new AtomicInteger();
    private static final Set<B2bDocument> SHIPPER_DOCUMENTS = Set.of(B2bDocument.ORDER_ACKNOWLEDGMENTS, B2bDocument.SHIP_NOTICES);
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
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
    Reprocessing reprocessing;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnQueries asns;
    @Autowired
    OutboundQueue erpQueue;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incompletePublications;

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
    void theReal855ThroughSftpIsAppliedAsTheSuppliersAnswerAndA997ComesBack() throws Exception {
        TenantSummary supplier = supplierOnX12();
        OrderId order = bookOrder(supplier);
        String number = number(supplier, order);
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "850-").get(0))).contains("BEG*00*SA*" + number + "**");

        upload(supplier, "855-first.edi", the855For(number));

        B2bMessageView received = awaitInbound(supplier, "855-first.edi");
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(received.orderId()).isEqualTo(order.value());
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.COMMITTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "997-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "997-").get(0)))
                .contains("AK1*PR*5", "AK2*855*0005", "AK5*A", "AK9*A*1*1*1");
        assertThat(Files.list(home(supplier).resolve("in")).toList()).as("picked-up files leave the in folder").isEmpty();

        upload(supplier, "855-again.edi", the855For(number));

        B2bMessageView repeat = awaitInbound(supplier, "855-again.edi");
        assertThat(repeat.state()).isEqualTo(B2bMessageState.DUPLICATE);
        assertThat(repeat.detail()).contains("received before: not applied again");
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.COMMITTED);
    }

    /** The ERP revises an order: the partner gets an 860 with one POC per changed line, after the 850, logged with the order. */
    @Test
    void aRevisedOrderGoesOutAsAn860WithOnePocPerChangedLine() throws Exception {
        TenantSummary supplier = supplierOn(settings("ZZ", "1556150", "1556150",
                Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES)));
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(1, "P-1", "3", "4.5", REQUESTED).line(2, "P-2", "2", "15.99", REQUESTED).line(3, "P-3", "1", "1", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.line(1, "P-1", "5", "4.5", REQUESTED).withoutLine(3)
                .line(4, "P-4", "2", "3", REQUESTED.plusDays(7)).marker(2).build()));

        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "860-").size() == 1);
        String the860 = download(supplier, "/out/" + outFiles(supplier, "860-").get(0));
        assertThat(the860).contains("ST*860*0001~", "BCH*04*SA*" + document.number() + "**2*",
                "POC*1*QI*5**EA*4.5*PE*BP*P-1*VP*S-P-1~", "POC*3*DI******BP*P-3*VP*S-P-3~",
                "POC*4*AI*2**EA*3*PE*BP*P-4*VP*S-P-4~", "DTM*002*" + REQUESTED.plusDays(7).format(DateTimeFormatter.BASIC_ISO_DATE),
                "CTT*3~").doesNotContain("POC*2*");
        String the850 = outFiles(supplier, "850-").get(0);
        assertThat(outFiles(supplier, "860-").get(0).substring(4)).as("control numbers go on from the 850's")
                .isGreaterThan(the850.substring(4));
        assertThat(entriesOf(supplier, outFiles(supplier, "860-").get(0))).singleElement().satisfies(entry -> {
            assertThat(entry.direction()).isEqualTo("OUT");
            assertThat(entry.documentType()).isEqualTo("860");
            assertThat(entry.state()).isEqualTo(B2bMessageState.SENT);
            assertThat(entry.orderId()).isEqualTo(order.value());
            assertThat(entry.detail()).isEqualTo("PO " + document.number() + " revision 2");
        });
    }

    /** A new ship-to and nothing else: an 860 with the header as it is now and no POC, said so in the message log. */
    @Test
    void aHeaderOnlyRevisionGoesOutAsAn860WithoutAnyPoc() throws Exception {
        TenantSummary supplier = supplierOn(settings("ZZ", "1556150", "1556150",
                Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES)));
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0)).line(1, "P-1", "3", "4.5", REQUESTED);
        actors.asSystem(() -> inbound.receive(document.build()));
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.shipTo("Plant 2, Gate 7").marker(2).build()));

        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "860-").size() == 1);
        String the860 = download(supplier, "/out/" + outFiles(supplier, "860-").get(0));
        assertThat(the860).contains("BCH*04*SA*" + document.number() + "**2*", "N1*ST*Plant 2, Gate 7~")
                .doesNotContain("POC*", "CTT*");
        assertThat(entriesOf(supplier, outFiles(supplier, "860-").get(0))).singleElement().satisfies(entry ->
                assertThat(entry.detail()).isEqualTo("PO " + document.number() + " revision 2: header only: ship-to"));
    }

    /** New payment terms alone change nothing an 860 carries: no 860 goes out, no control number is taken. */
    @Test
    void aRevisionOfNothingThe860CarriesSendsNo860() throws Exception {
        TenantSummary supplier = supplierOn(settings("ZZ", "1556150", "1556150",
                Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_CHANGES)));
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0)).line(1, "P-1", "3", "4.5", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.paymentTerms("60 days net").marker(2).build()));

        awaitEdiSenderHandled(order);
        assertThat(outFiles(supplier, "860-")).isEmpty();
        assertThat(actors.as(actors.admin(), () -> messageLog.recent(0, 200)).stream()
                .filter(message -> message.supplierName().equals(supplier.name()))).as("nothing logged as sent")
                .extracting(B2bMessageView::documentType).containsExactly("850");
    }

    /** Order changes are a choice of their own: a partner that takes 850s only gets no 860 when its order is revised. */
    @Test
    void aPartnerWithoutOrderChangesGetsNo860() throws Exception {
        TenantSummary supplier = supplierOnX12();
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0)).line(1, "P-1", "3", "4.5", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);

        actors.asSystem(() -> inbound.receive(document.line(1, "P-1", "5", "4.5", REQUESTED).marker(2).build()));

        awaitEdiSenderHandled(order);
        assertThat(outFiles(supplier, "860-")).isEmpty();
    }

    /**
     * The EDI sender's own handling of the order's revision, not every listener's: another listener of the shared test
     * database (a context whose Kafka broker is gone) may keep its publication open for long.
     */
    private void awaitEdiSenderHandled(OrderId order) {
        await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is not null and listener_id like '%EdiOrderSender%'
                and event_type like '%PurchaseOrderRevised' and serialized_event like ?""", Long.class, "%" + order + "%")) == 1);
    }

    /**
     * An order event the X12 and EDIFACT senders of before the one EDI sender had left open (a restart before they ran)
     * is handed to the EDI sender by migration V41 and, resubmitted, goes out once.
     */
    @Test
    void aPublicationTheFormerSendersLeftOpenGoesOutOnceThroughTheEdiSender() throws Exception {
        TenantSummary supplier = supplierOnX12();
        OrderId order = bookOrder(supplier);
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);
        Map<String, Object> handled = await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> jdbc.queryForList("""
                select listener_id, event_type, serialized_event from event_publication where completion_date is not null
                and listener_id like '%EdiOrderSender%' and event_type like '%PurchaseOrderReceived' and serialized_event like ?""",
                "%" + order + "%")), rows -> rows.size() == 1).get(0);
        String listener = (String) handled.get("listener_id");
        List<UUID> leftOpen = new ArrayList<>();
        for (String former : List.of("org.supplierportal.b2b.x12.X12OrderSender", "org.supplierportal.b2b.edifact.EdifactOrderSender")) {
            UUID id = UUID.randomUUID();
            leftOpen.add(id);
            actors.asSystem(() -> jdbc.update("""
                    insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                        completion_attempts) values (?, ?, ?, ?, now(), 'PUBLISHED', 0)""", id, listener.replace("org.supplierportal.b2b.outbound.EdiOrderSender", former),
                    handled.get("event_type"), handled.get("serialized_event")));
        }

        try (InputStream migration = getClass().getResourceAsStream("/db/migration/V41__edi_order_sender_publications.sql")) {
            String script = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            actors.asSystem(() -> {
                jdbc.execute(script);
                return null;
            });
        }

        List<UUID> kept = actors.asSystem(() -> jdbc.queryForList("select id from event_publication where id in (?, ?) and listener_id = ?",
                UUID.class, leftOpen.get(0), leftOpen.get(1), listener));
        assertThat(kept).as("one open publication, now the EDI sender's").hasSize(1);
        incompletePublications.resubmitIncompletePublications(publication -> kept.contains(publication.getIdentifier()));
        await().atMost(Duration.ofSeconds(60)).until(() -> actors.asSystem(() -> jdbc.queryForObject(
                "select completion_date is not null from event_publication where id = ?", Boolean.class, kept.get(0))));
        assertThat(outFiles(supplier, "850-")).hasSize(2);
    }

    @Test
    void aMalformed855IsRefusedWithItsLocationInThe997AndNothingRecorded() throws Exception {
        TenantSummary supplier = supplierOnX12();
        OrderId order = bookOrder(supplier);
        String bad = the855For(number(supplier, order)).replace("PO1*2*2*UN*15.99", "PO1*2*TWO*UN*15.99");

        upload(supplier, "855-bad.edi", bad);

        B2bMessageView refused = awaitInbound(supplier, "855-bad.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("PO1 (segment 14), element 2 (330): invalid character in data element 'TWO'");
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "997-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "997-").get(0)))
                .contains("AK3*PO1*14**8", "AK4*2*330*6*TWO", "AK5*R*5", "AK9*R*1*1*0");
        assertThat(lineStatuses(supplier, order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void anotherSuppliersPoIsRefusedAndThatOrderStaysUntouched() throws Exception {
        TenantSummary supplier = supplierOnX12();
        TestOrders.Builder acmes = TestOrders.order("SUP-1001").line(1, "A-1", "3", "4.5", REQUESTED)
                .line(2, "A-2", "2", "15.99", REQUESTED).line(3, "A-3", "1", "1", REQUESTED).line(4, "A-4", "2", "4.5", REQUESTED);
        OrderId acmeOrder = actors.asSystem(() -> inbound.receive(acmes.build())).orderId();

        upload(supplier, "855-not-ours.edi", the855For(acmes.number()));

        B2bMessageView refused = awaitInbound(supplier, "855-not-ours.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains(supplier.name() + " has no order " + acmes.number());
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> orders.detail(acmeOrder)).lines())
                .extracting(OrderLineView::status).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    /** An admin fixes the supplier's identifiers and takes the refused interchange in again: applied once, not twice. */
    @Test
    void aRefusedInterchangeIsTakenInAgainAfterTheSettingsWereFixed() throws Exception {
        TenantSummary supplier = supplierOnX12("9999999"); // the admin mistyped the supplier's ISA ID
        OrderId order = bookOrder(supplier);
        upload(supplier, "855-refused.edi", the855For(number(supplier, order)));
        B2bMessageView refused = awaitInbound(supplier, "855-refused.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("Sent with another partner's identifiers");
        assertThatThrownBy(() -> actors.as(actors.supplierUser(supplier.key()), () -> reprocessing.reprocess(refused.id())))
                .as("only the portal's admins").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        actors.as(actors.admin(), () -> channels.update(supplier.id(), settings("1556150")));
        InboundDocuments.InboundOutcome outcome = actors.as(actors.admin(), () -> reprocessing.reprocess(refused.id()));

        assertThat(outcome.applied()).as(outcome.summary()).isTrue();
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.COMMITTED);
        List<B2bMessageView> entries = entriesOf(supplier, "855-refused.edi");
        assertThat(entries).extracting(B2bMessageView::state)
                .containsExactlyInAnyOrder(B2bMessageState.APPLIED, B2bMessageState.REPROCESSED);
        assertThat(entries).filteredOn(entry -> entry.state() == B2bMessageState.REPROCESSED).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("Taken in again by " + actors.admin().username() + " at "));
        assertThatThrownBy(() -> actors.as(actors.admin(), () -> reprocessing.reprocess(refused.id())))
                .isInstanceOfSatisfying(org.supplierportal.b2b.ReprocessRefusedException.class, again -> assertThat(again.reason())
                        .as("the screen words it by its reason").isEqualTo(org.supplierportal.b2b.ReprocessRefusedException.Reason.NOT_REFUSED))
                .hasMessageContaining("not refused");

        upload(supplier, "855-resent.edi", the855For(number(supplier, order)));
        assertThat(awaitInbound(supplier, "855-resent.edi").state()).as("the applied one holds its control number")
                .isEqualTo(B2bMessageState.DUPLICATE);
    }

    @Test
    void aPartnerOn005010GetsItsReal855AppliedAndA999Back() throws Exception {
        TenantSummary supplier = supplierOn(settings5010());
        OrderId order = bookOrder(supplier);
        String number = number(supplier, order);
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "850-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "850-").get(0))).contains("*^*00501*", "*X*005010~",
                "BEG*00*SA*" + number + "**");

        upload(supplier, "855-5010.edi", in5010(the855For(number)));

        B2bMessageView received = awaitInbound(supplier, "855-5010.edi");
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(lineStatuses(supplier, order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.COMMITTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "999-").size() == 1);
        assertThat(outFiles(supplier, "997-")).isEmpty();
        assertThat(download(supplier, "/out/" + outFiles(supplier, "999-").get(0))).contains("*^*00501*",
                "ST*999*0001*005010X231A1~", "AK1*PR*5*005010~", "AK2*855*0005~", "IK5*A~", "AK9*A*1*1*1~");
    }

    @Test
    void aMalformed005010855IsRefusedWithIk3AndIk4PositionsInThe999() throws Exception {
        TenantSummary supplier = supplierOn(settings5010());
        OrderId order = bookOrder(supplier);

        upload(supplier, "855-5010-bad.edi", in5010(the855For(number(supplier, order)).replace("PO1*2*2*UN*15.99", "PO1*2*TWO*UN*15.99")));

        B2bMessageView refused = awaitInbound(supplier, "855-5010-bad.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("PO1 (segment 14), element 2 (330)", "'TWO'");
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "999-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "999-").get(0))).contains("AK2*855*0005~",
                "IK3*PO1*14**8~", "IK4*2*330*6*TWO~", "IK5*R*5~", "AK9*R*1*1*0~");
        assertThat(lineStatuses(supplier, order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    /** A partner on X12 005010 with the corpus 855's identifiers. */
    private static ChannelSettings settings5010() {
        return new ChannelSettings(B2bChannel.X12, "005010", "ZZ", "1556150", "1556150", B2bTransport.SFTP,
                Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_ACKNOWLEDGMENTS), null, PASSWORD, false);
    }

    /** An 004010 interchange's envelope in 005010: ISA12 00501 (ISA11 the repetition separator ^) and GS08 005010. */
    private static String in5010(String edi) {
        return edi.replace("*U*00401*", "*^*00501*").replace("*X*004010~", "*X*005010~");
    }

    @Test
    void theReal856ThroughSftpBecomesAnAsnForTheErpOnceAndA997ComesBack() throws Exception {
        TenantSummary supplier = supplierOnX12("12", "4405197800", SHIPPER_DOCUMENTS);
        OrderId order = bookConfirmedOrder(supplier, "6");
        String number = number(supplier, order);

        upload(supplier, "856-first.edi", the856For(number));

        B2bMessageView received = awaitInbound(supplier, "856-first.edi");
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(received.orderId()).isEqualTo(order.value());
        Matcher asnNumber = Pattern.compile("ASN (ASN[0-9]+)").matcher(received.detail());
        assertThat(asnNumber.find()).as(received.detail()).isTrue();
        AsnView asn = actors.as(actors.supplierUser(supplier.key()), () -> asns.findByNumber(asnNumber.group(1))).orElseThrow();
        assertThat(asn.lines()).extracting(line -> line.orderLineNumber() + ":" + line.quantity().stripTrailingZeros().toPlainString())
                .containsExactly("1:24", "2:6");
        assertThat(asn.shipDate()).isEqualTo(LocalDate.now());
        assertThat(asn.carrier()).isEqualTo("XXXX");
        assertThat(asn.trackingNumber()).isEqualTo("5787970539");
        assertThat(asn.billOfLading()).isEqualTo("999999-001");
        assertThat(asn.createdBy()).isEqualTo(supplier.name() + " (EDI)");
        await().atMost(Duration.ofSeconds(30)).until(() -> actors.asSystem(() -> erpQueue.byKey("asn:" + asn.number() + ":v1"))
                .isPresent());
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "997-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "997-").get(0))).contains("AK1*SH*49", "AK2*856*0008", "AK5*A");

        upload(supplier, "856-again.edi", the856For(number));

        assertThat(awaitInbound(supplier, "856-again.edi").state()).isEqualTo(B2bMessageState.DUPLICATE);
        assertThat(onAsns(supplier, number)).containsExactly("1:24", "2:6");
    }

    @Test
    void aStandardCartonPack856BecomesAnAsnWithOnePackagePerCarton() throws Exception {
        TenantSummary supplier = supplierOnX12("12", "4405197800", SHIPPER_DOCUMENTS);
        String number = number(supplier, bookConfirmedOrder(supplier, "6"));
        List<String> ssccs = List.of(Sscc.nth("0614141", 8561), Sscc.nth("0614141", 8562), Sscc.nth("0614141", 8563),
                Sscc.nth("0614141", 8564));
        // The corpus 856 as shipment > order > item > pack: three cartons of blue widgets, one of red ones.
        String cartons = the856For(number)
                .replace("PID*F****BLUE WIDGET~", "PID*F****BLUE WIDGET~HL*4*3*P~MAN*GM*" + ssccs.get(0) + "~HL*5*3*P~MAN*GM*"
                        + ssccs.get(1) + "~HL*6*3*P~MAN*GM*" + ssccs.get(2) + "~")
                .replace("HL*4*2*I~", "HL*7*2*I~")
                .replace("PID*F****RED WIDGET~", "PID*F****RED WIDGET~HL*8*7*P~MAN*GM*" + ssccs.get(3) + "~")
                .replace("SE*31*0008~", "SE*39*0008~");

        upload(supplier, "856-cartons.edi", cartons);

        AsnView asn = AppliedShipNotices.asn(awaitInbound(supplier, "856-cartons.edi"), supplier, actors, asns);
        assertThat(AppliedShipNotices.packages(asn))
                .containsExactly(ssccs.get(0) + " [1:8]", ssccs.get(1) + " [1:8]", ssccs.get(2) + " [1:8]", ssccs.get(3) + " [2:6]");
        assertThat(onAsns(supplier, number)).containsExactly("1:24", "2:6");
    }

    @Test
    void stupidedisMalformed856IsRefusedWithItsSegmentPositionAndNothingRecorded() throws Exception {
        TenantSummary supplier = supplierOnX12("ZZ", "010020001ABCINC", SHIPPER_DOCUMENTS);
        String number = number(supplier, bookConfirmedOrder(supplier, "6"));
        String malformed = resource("/b2b/stupidedi_004010_SH856_fail_2.edi").replace("PRF*3D812906", "PRF*" + number);

        upload(supplier, "856-malformed.edi", malformed);

        B2bMessageView refused = awaitInbound(supplier, "856-malformed.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("856 0000001 refused: SE01 does not match the number of segments",
                "N1 (segment 11), element 5: too many data elements '123 MAIN ST.~N4'", "nothing of it was recorded");
        await().atMost(Duration.ofSeconds(30)).until(() -> outFiles(supplier, "997-").size() == 1);
        assertThat(download(supplier, "/out/" + outFiles(supplier, "997-").get(0))).contains("AK2*856*0000001", "AK3*N1*11**8",
                "AK5*R*4");
        assertThat(onAsns(supplier, number)).containsExactly("1:0", "2:0");
    }

    @Test
    void an856ShippingMoreThanIsOpenIsRefusedAtItsSn1AndNothingRecorded() throws Exception {
        TenantSummary supplier = supplierOnX12("12", "4405197800", SHIPPER_DOCUMENTS);
        String number = number(supplier, bookConfirmedOrder(supplier, "5"));

        upload(supplier, "856-too-many.edi", the856For(number));

        B2bMessageView refused = awaitInbound(supplier, "856-too-many.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains("856 0008 (shipment 829716) refused: SN1 (segment 27) of HL 4: PO " + number
                + " line 2: 6 pcs is more than the 5 pcs still open", "nothing recorded");
        assertThat(onAsns(supplier, number)).containsExactly("1:0", "2:0");
    }

    @Test
    void an856FromAChannelWithoutShipNoticesIsRefusedWithTheReason() throws Exception {
        TenantSummary supplier = supplierOnX12("12", "4405197800", Set.of(B2bDocument.ORDER_ACKNOWLEDGMENTS));
        String number = number(supplier, bookConfirmedOrder(supplier, "6"));

        upload(supplier, "856-not-agreed.edi", the856For(number));

        B2bMessageView refused = awaitInbound(supplier, "856-not-agreed.edi");
        assertThat(refused.state()).isEqualTo(B2bMessageState.REFUSED);
        assertThat(refused.detail()).contains(supplier.name() + "'s channel does not exchange ship notices");
        assertThat(onAsns(supplier, number)).containsExactly("1:0", "2:0");
    }

    /** The node-x12 856's order: 24 blue widgets and a line of red ones, both confirmed; the supplier's parts S-... */
    private OrderId bookConfirmedOrder(TenantSummary supplier, String red) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(1, "87787D", "24", "2.5", REQUESTED).line(2, "99887D", red, "1.5", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.submit(new AcknowledgmentRequest(order, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(1), LineAnswer.accept(2)))));
        return order;
    }

    /** Per line of the order, what the supplier's ASNs ship of it: "line:quantity". */
    private List<String> onAsns(TenantSummary supplier, String number) {
        return actors.as(actors.supplierUser(supplier.key()), () -> asns.linesOfOrders(Set.of(number))).stream()
                .map(view -> view.line().lineNumber() + ":" + view.onAsns().stripTrailingZeros().toPlainString()).toList();
    }

    /**
     * The node-x12 856 for the test's order: its envelope in 004010 (the corpus file is 004060, whose ISA11 '-' would
     * be a repetition separator), PRF01 the order's number, the vendor parts (LIN VP) the test order's supplier part
     * numbers, and DTM 011 today, as a supplier ships now.
     */
    private static String the856For(String orderNumber) throws IOException {
        return resource("/b2b/856.edi").replace("*-*00406*", "*U*00401*").replace("*X*004060~", "*X*004010~")
                .replace("PRF*99999817*", "PRF*" + orderNumber + "*").replace("*VP*", "*VP*S-")
                .replace("DTM*011*20111206", "DTM*011*" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = X12OverSftpIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private TenantSummary supplierOnX12() {
        return supplierOnX12("1556150");
    }

    private TenantSummary supplierOnX12(String isaId) {
        return supplierOn(settings(isaId));
    }

    /** A supplier whose GS application code is its ISA ID, as in the corpus 856s. */
    private TenantSummary supplierOnX12(String isaQualifier, String isaId, Set<B2bDocument> documents) {
        return supplierOn(settings(isaQualifier, isaId, isaId, documents));
    }

    private TenantSummary supplierOn(ChannelSettings settings) {
        int n = SUPPLIERS.incrementAndGet();
        String key = "edi-books-" + n + "-" + ProcessHandle.current().pid();
        TenantSummary supplier = actors.onboard(new TenantDefinition(key, "EDI Books " + n, List.of("EDI-" + key), null,
                null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(supplier.id(), settings));
        return supplier;
    }

    private static ChannelSettings settings(String isaId) {
        return settings("ZZ", isaId, "1556150", Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_ACKNOWLEDGMENTS));
    }

    private static ChannelSettings settings(String isaQualifier, String isaId, String gsCode, Set<B2bDocument> documents) {
        return new ChannelSettings(B2bChannel.X12, "004010", isaQualifier, isaId, gsCode, B2bTransport.SFTP, documents, null,
                PASSWORD, false);
    }

    private List<B2bMessageView> entriesOf(TenantSummary supplier, String fileName) {
        return actors.as(actors.admin(), () -> messageLog.recent(0, 200)).stream()
                .filter(message -> message.supplierName().equals(supplier.name()) && fileName.equals(message.fileName())).toList();
    }

    /** The order the node-x12 855 answers: four lines of 3, 2, 1 and 2 units (line 3's price made non-zero). */
    private OrderId bookOrder(TenantSummary supplier) {
        TestOrders.Builder document = TestOrders.order(supplier.erpPartyCodes().get(0))
                .line(1, "9780446360265", "3", "4.5", REQUESTED).line(2, "9780767928427", "2", "15.99", REQUESTED)
                .line(3, "9780099599531", "1", "1", REQUESTED).line(4, "9780446360272", "2", "4.5", REQUESTED);
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }

    private String number(TenantSummary supplier, OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).summary().number();
    }

    private static String the855For(String orderNumber) throws IOException {
        try (InputStream in = X12OverSftpIT.class.getResourceAsStream("/b2b/855.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("POTEST1112", orderNumber);
        }
    }

    private List<LineStatus> lineStatuses(TenantSummary supplier, OrderId order) {
        CurrentUser user = actors.supplierUser(supplier.key());
        OrderDetail detail = actors.as(user, () -> orders.detail(order));
        return detail.lines().stream().map(OrderLineView::status).toList();
    }

    private B2bMessageView awaitInbound(TenantSummary supplier, String fileName) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> actors.as(actors.admin(), () -> messageLog.recent(0, 200))
                        .stream().filter(message -> message.supplierName().equals(supplier.name()))
                        .filter(message -> fileName.equals(message.fileName()))
                        .filter(message -> message.state() != B2bMessageState.RECEIVED && message.state() != B2bMessageState.VALID)
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private void upload(TenantSummary supplier, String fileName, String content) throws IOException {
        try (ClientSession session = client.connect(supplier.key(), "127.0.0.1", server.port()).verify(Duration.ofSeconds(30))
                .getSession()) {
            session.addPasswordIdentity(PASSWORD);
            session.auth().verify(Duration.ofSeconds(30));
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                try (OutputStream out = sftp.write("/in/" + fileName + ".part")) {
                    out.write(content.getBytes(StandardCharsets.US_ASCII));
                }
                sftp.rename("/in/" + fileName + ".part", "/in/" + fileName);
            }
        }
    }

    private String download(TenantSummary supplier, String path) throws IOException {
        try (ClientSession session = client.connect(supplier.key(), "127.0.0.1", server.port()).verify(Duration.ofSeconds(30))
                .getSession()) {
            session.addPasswordIdentity(PASSWORD);
            session.auth().verify(Duration.ofSeconds(30));
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session); InputStream in = sftp.read(path)) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }

    private static Path home(TenantSummary supplier) {
        return Path.of("target/b2b-it/sftp", supplier.key());
    }

    private static List<String> outFiles(TenantSummary supplier, String prefix) throws IOException {
        Path out = home(supplier).resolve("out");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var files = Files.list(out)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix) && name.endsWith(".edi"))
                    .sorted().toList();
        }
    }
}
