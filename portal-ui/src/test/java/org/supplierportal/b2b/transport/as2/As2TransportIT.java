package org.supplierportal.b2b.transport.as2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.helger.as2lib.client.AS2ClientResponse;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.supplierportal.acknowledgment.AcknowledgmentQueries;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenant.As2Settings;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.CxmlSettings;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * A supplier on X12 over AS2, end to end between the portal's endpoint and a second as2-lib (the supplier's AS2
 * system) over real HTTP with real signatures and encryption: the node-x12 855 (its PO number rewritten to the test's
 * order) applied as the supplier's acknowledgment with a signed MDN back; a message signed with another key, or from
 * an AS2 ID no supplier has, refused with an error MDN and nothing applied; the new order out to the partner as an 850
 * and the partner's signed MDN recorded in the message log; an 850 the partner does not take (its AS2 server answers
 * 503) stays in the outbox and reaches it once its address is fixed and the event is resubmitted.
 */
@PortalIntegrationTest
class As2TransportIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static As2TestPartner partner;
    private static TenantSummary supplier;

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
    AcknowledgmentQueries acknowledgments;
    @Autowired
    MessageLog messageLog;
    @Autowired
    As2Identity portal;
    @Autowired
    IncompleteEventPublications outbox;

    /** One partner and one supplier on AS2 for the class: the partner needs the portal's certificate to start. */
    @BeforeEach
    void partnerOnAs2() throws Exception {
        if (partner != null) {
            return;
        }
        partner = new As2TestPartner("BOOKS-AS2-" + ProcessHandle.current().pid(), portal.id(), portal.certificate());
        supplier = onAs2("as2-books-" + ProcessHandle.current().pid(), "AS2 Books", partner, partner.url());
    }

    private TenantSummary onAs2(String key, String name, As2TestPartner system, String url) {
        TenantSummary onboarded = actors.onboard(new TenantDefinition(key, name, List.of("AS2-" + key), null, null, 2, null, null));
        actors.as(actors.admin(), () -> channels.update(onboarded.id(), as2Channel(system, url)));
        return onboarded;
    }

    private static ChannelSettings as2Channel(As2TestPartner system, String url) {
        return as2Channel(system, url, false);
    }

    private static ChannelSettings as2Channel(As2TestPartner system, String url, boolean asyncMdn) {
        return new ChannelSettings(B2bChannel.X12, "004010", "ZZ", "1556150", "1556150", B2bTransport.AS2,
                Set.of(B2bDocument.PURCHASE_ORDERS, B2bDocument.ORDER_ACKNOWLEDGMENTS), null, null, false, CxmlSettings.NONE,
                new As2Settings(system.as2Id, url, system.certificatePem(), true, asyncMdn));
    }

    @AfterAll
    static void stopPartner() throws Exception {
        if (partner != null) {
            partner.close();
        }
    }

    @Test
    void the855OverAs2IsAppliedAsTheSuppliersAnswerAndItsSignedMdnVerifies() throws Exception {
        OrderId order = bookOrder();
        String number = number(order);

        AS2ClientResponse response = partner.send(portalUrl(), portal.id(), portal.certificate(), partner.keys, "855-as2.edi",
                the855For(number));

        assertThat(response.hasMDN()).as(response.getAsString()).isTrue();
        assertThat(response.getMDNDisposition()).as(response.getMDNText()).isEqualTo("automatic-action/MDN-sent-automatically; processed");
        assertThat(response.getMDNVerificationCertificate()).as("the MDN is signed with the portal's key").isEqualTo(portal.certificate());
        B2bMessageView received = inboundLog("855-as2.edi").orElseThrow();
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.historyOf(order))).hasSize(1);
        assertThat(lineStatuses(order)).containsExactly(LineStatus.COMMITTED, LineStatus.BUYER_REVIEW,
                LineStatus.BUYER_REVIEW, LineStatus.COMMITTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> partner.received.stream().anyMatch(edi -> edi.contains("AK1*PR*5")));
    }

    @Test
    void aMessageSignedWithAnotherKeyIsRefusedWithAnErrorMdnAndNothingApplied() throws Exception {
        OrderId order = bookOrder();

        AS2ClientResponse response = partner.send(portalUrl(), portal.id(), portal.certificate(), As2TestPartner.keyPair(),
                "855-forged.edi", the855For(number(order)));

        assertThat(response.hasMDN()).as(response.getAsString()).isTrue();
        assertThat(response.getMDNDisposition()).contains("processed/Error: integrity-check-failed");
        assertThat(response.getMDNVerificationCertificate()).isEqualTo(portal.certificate());
        assertThat(inboundLog("855-forged.edi")).isEmpty();
        assertThat(actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.historyOf(order))).isEmpty();
        assertThat(lineStatuses(order)).containsOnly(LineStatus.AWAITING_ANSWER);
    }

    @Test
    void aMessageFromAnAs2IdNoSupplierHasIsRefusedWithAnErrorMdn() throws Exception {
        try (As2TestPartner stranger = new As2TestPartner("STRANGER-" + ProcessHandle.current().pid(), portal.id(),
                portal.certificate())) {
            AS2ClientResponse response = stranger.send(portalUrl(), portal.id(), portal.certificate(), stranger.keys,
                    "855-stranger.edi", the855For("NO-SUCH-PO"));

            assertThat(response.hasMDN()).as(response.getAsString()).isTrue();
            assertThat(response.getMDNDisposition()).contains("processed/Error: authentication-failed");
        }
        assertThat(inboundLog("855-stranger.edi")).isEmpty();
    }

    @Test
    void an855AskingForAnAsyncMdnIsAnsweredAtOnceAndItsSignedMdnIsPostedToThePartnersUrl() throws Exception {
        OrderId order = bookOrder();
        try (As2AsyncMdnInbox mdns = new As2AsyncMdnInbox(portal.certificate())) {
            AS2ClientResponse response = partner.sendAskingAsyncMdn(portalUrl(), portal.id(), portal.certificate(),
                    "855-async.edi", the855For(number(order), 6), mdns.url());

            assertThat(response.hasException()).as(response.getAsString()).isFalse();
            assertThat(response.hasMDN()).as("the answer to the post carries no MDN: it goes to the partner's URL").isFalse();
            As2AsyncMdnInbox.VerifiedMdn mdn = await().atMost(Duration.ofSeconds(60))
                    .until(() -> mdns.verified.stream().findFirst(), Optional::isPresent).orElseThrow();
            assertThat(mdns.unreadable).isEmpty();
            assertThat(mdn.originalMessageId()).isEqualTo(response.getOriginalMessageID());
            assertThat(mdn.disposition()).isEqualTo("automatic-action/MDN-sent-automatically; processed");
            assertThat(mdn.signedWith()).as("the MDN is signed with the portal's key").isEqualTo(portal.certificate());
            assertThat(mdn.as2From()).isEqualTo(portal.id());
            assertThat(mdn.as2To()).isEqualTo(partner.as2Id);
            assertThat(mdn.mic()).as("the MIC of what the portal received").isNotBlank();
        }
        B2bMessageView received = inboundLog("855-async.edi").orElseThrow();
        assertThat(received.state()).as(received.detail()).isEqualTo(B2bMessageState.APPLIED);
        assertThat(actors.as(actors.supplierUser(supplier.key()), () -> acknowledgments.historyOf(order))).hasSize(1);
        B2bMessageView sent = await().atMost(Duration.ofSeconds(30)).until(() -> asyncMdnFor("855-async.edi")
                .filter(entry -> entry.state() == B2bMessageState.SENT), Optional::isPresent).orElseThrow();
        assertThat(sent.direction()).isEqualTo("OUT");
        assertThat(sent.partnerId()).isEqualTo(partner.as2Id);
        assertThat(sent.detail()).contains("processed");
        assertThat(messageLogRaw(sent)).contains("multipart/signed", "application/pkcs7-signature");
    }

    @Test
    void anAsyncMdnThePartnersUrlRefusesStaysQueuedAndGoesOutWhenTriedAgain() throws Exception {
        OrderId order = bookOrder();
        try (As2AsyncMdnInbox mdns = new As2AsyncMdnInbox(portal.certificate())) {
            mdns.down.set(true);
            AS2ClientResponse response = partner.sendAskingAsyncMdn(portalUrl(), portal.id(), portal.certificate(),
                    "855-async-late.edi", the855For(number(order), 7), mdns.url());
            assertThat(response.hasException()).as(response.getAsString()).isFalse();

            await().atMost(Duration.ofSeconds(60)).until(() -> mdns.refusedWhileDown.get() >= 1);
            B2bMessageView queued = await().atMost(Duration.ofSeconds(30)).until(() -> asyncMdnFor("855-async-late.edi")
                    .filter(entry -> entry.detail().contains("503")), Optional::isPresent).orElseThrow();
            assertThat(queued.state()).as(queued.detail()).isEqualTo(B2bMessageState.QUEUED);
            assertThat(inboundLog("855-async-late.edi").orElseThrow().state()).isEqualTo(B2bMessageState.APPLIED);
            assertThat(mdns.verified).isEmpty();

            mdns.down.set(false);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                outbox.resubmitIncompletePublications(publication -> publication.getEvent()
                        instanceof As2AsyncMdns.MdnDue due && due.logEntry().equals(queued.id()));
                return !mdns.verified.isEmpty();
            });
            assertThat(mdns.verified.getFirst().originalMessageId()).isEqualTo(response.getOriginalMessageID());
            assertThat(mdns.verified.getFirst().signedWith()).isEqualTo(portal.certificate());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> asyncMdnFor("855-async-late.edi")
                .filter(entry -> entry.state() == B2bMessageState.SENT), Optional::isPresent);
    }

    @Test
    void aNewOrderReachesThePartnerAsAn850AndThePartnersMdnIsRecorded() {
        String number = number(bookOrder());

        await().atMost(Duration.ofSeconds(60)).until(() -> partner.received.stream()
                .anyMatch(edi -> edi.contains("BEG*00*SA*" + number + "**")));
        B2bMessageView mdn = await().atMost(Duration.ofSeconds(30)).until(() -> log().stream()
                .filter(message -> message.documentType().equals("MDN") && message.detail().contains("850-"))
                .filter(message -> sentFor(number).map(sent -> message.detail().contains(sent.fileName())).orElse(false))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(mdn.state()).isEqualTo(B2bMessageState.ACKNOWLEDGED);
        assertThat(mdn.partnerId()).isEqualTo(partner.as2Id);
        assertThat(mdn.detail()).contains("processed", "signed by the partner's certificate");
    }

    @Test
    void aPartnerAskedForAsynchronousMdnsAcknowledgesThe850WithAnMdnPostedLater() throws Exception {
        try (As2TestPartner later = new As2TestPartner("ASYNC-AS2-" + ProcessHandle.current().pid(), portal.id(),
                portal.certificate())) {
            TenantSummary asyncSupplier = actors.onboard(new TenantDefinition("as2-async-" + ProcessHandle.current().pid(),
                    "AS2 Async", List.of("AS2-async-" + ProcessHandle.current().pid()), null, null, 2, null, null));
            actors.as(actors.admin(), () -> channels.update(asyncSupplier.id(), as2Channel(later, later.url(), true)));

            bookOrder(asyncSupplier);

            await().atMost(Duration.ofSeconds(60)).until(() -> later.received.stream().anyMatch(edi -> edi.contains("BEG*00*SA*")));
            B2bMessageView mdn = await().atMost(Duration.ofSeconds(60)).until(() -> log(asyncSupplier).stream()
                    .filter(message -> message.documentType().equals("MDN") && message.detail().contains("850-"))
                    .filter(message -> message.state() != B2bMessageState.AWAITING).findFirst(), Optional::isPresent).orElseThrow();
            assertThat(mdn.state()).as(mdn.detail()).isEqualTo(B2bMessageState.ACKNOWLEDGED);
            assertThat(mdn.direction()).isEqualTo("IN");
            assertThat(mdn.partnerId()).isEqualTo(later.as2Id);
            assertThat(mdn.detail()).contains("asynchronous", "processed", "matches what was sent", "signed by the partner's certificate");
            assertThat(messageLogRaw(mdn)).contains("multipart/signed", "application/pkcs7-signature");
        }
    }

    @Test
    void anAsynchronousMdnNotSignedWithThePartnersCertificateIsRefusedAndChangesNothing() throws Exception {
        String as2Id = "FAKE-AS2-" + ProcessHandle.current().pid();
        try (As2TestPartner genuine = new As2TestPartner(as2Id, portal.id(), portal.certificate());
             As2TestPartner impostor = new As2TestPartner(as2Id, portal.id(), portal.certificate())) {
            TenantSummary fooled = actors.onboard(new TenantDefinition("as2-fake-" + ProcessHandle.current().pid(),
                    "AS2 Fake", List.of("AS2-fake-" + ProcessHandle.current().pid()), null, null, 2, null, null));
            actors.as(actors.admin(), () -> channels.update(fooled.id(), as2Channel(genuine, impostor.url(), true)));

            bookOrder(fooled);

            await().atMost(Duration.ofSeconds(60)).until(() -> !impostor.mdnAnswers.isEmpty());
            assertThat(impostor.mdnAnswers).containsOnly(400);
            assertThat(log(fooled)).filteredOn(message -> message.documentType().equals("MDN"))
                    .extracting(B2bMessageView::state).containsExactly(B2bMessageState.AWAITING);
        }
    }

    @Test
    void anotherSupplierCannotTakeAPartnersAs2Id() {
        TenantSummary other = actors.onboard(new TenantDefinition("as2-copy-" + ProcessHandle.current().pid(), "AS2 Copy",
                List.of("AS2-copy-" + ProcessHandle.current().pid()), null, null, 2, null, null));

        assertThatThrownBy(() -> actors.as(actors.admin(), () -> channels.update(other.id(), as2Channel(partner, partner.url()))))
                .isInstanceOf(TenantRejectedException.class).hasMessageContaining("already sends with the AS2 ID " + partner.as2Id)
                .extracting(e -> ((TenantRejectedException) e).field()).isEqualTo("as2PartnerId");
    }

    @Test
    void an850ThePartnerDidNotTakeStaysInTheOutboxAndGoesOutWhenItIsResubmitted() throws Exception {
        AtomicInteger refusals = new AtomicInteger();
        HttpServer down = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        down.createContext("/as2", exchange -> {
            refusals.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        down.start();
        try (As2TestPartner late = new As2TestPartner("LATE-AS2-" + ProcessHandle.current().pid(), portal.id(), portal.certificate())) {
            TenantSummary lateSupplier = onAs2("as2-late-" + ProcessHandle.current().pid(), "AS2 Late", late,
                    "http://127.0.0.1:" + down.getAddress().getPort() + "/as2");
            OrderId order = bookOrder(lateSupplier);
            await().atMost(Duration.ofSeconds(60)).until(() -> refusals.get() >= 1);
            actors.as(actors.admin(), () -> channels.update(lateSupplier.id(), as2Channel(late, late.url())));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                outbox.resubmitIncompletePublications(publication -> publication.getEvent()
                        instanceof OrderEvents.PurchaseOrderReceived received && received.orderId().equals(order));
                return late.received.stream().anyMatch(edi -> edi.contains("BEG*00*SA*"));
            });
        } finally {
            down.stop(0);
        }
    }

    private Optional<B2bMessageView> sentFor(String number) {
        return log().stream().filter(message -> message.documentType().equals("850") && number.equals(message.orderNumber()))
                .findFirst();
    }

    private String portalUrl() {
        return "http://127.0.0.1:" + port + "/b2b/as2";
    }

    private OrderId bookOrder() {
        return bookOrder(supplier);
    }

    private OrderId bookOrder(TenantSummary of) {
        TestOrders.Builder document = TestOrders.order(of.erpPartyCodes().get(0))
                .line(1, "9780446360265", "3", "4.5", REQUESTED).line(2, "9780767928427", "2", "15.99", REQUESTED)
                .line(3, "9780099599531", "1", "1", REQUESTED).line(4, "9780446360272", "2", "4.5", REQUESTED);
        return actors.asSystem(() -> inbound.receive(document.build())).orderId();
    }

    private String number(OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).summary().number();
    }

    private List<LineStatus> lineStatuses(OrderId order) {
        return actors.as(actors.supplierUser(supplier.key()), () -> orders.detail(order)).lines().stream()
                .map(OrderLineView::status).toList();
    }

    private List<B2bMessageView> log() {
        return log(supplier);
    }

    private List<B2bMessageView> log(TenantSummary of) {
        return actors.as(actors.admin(), () -> messageLog.recent(0, 500)).stream()
                .filter(message -> message.supplierName().equals(of.name())).toList();
    }

    /** The 855's entry once it is past RECEIVED and VALID: the MDN came back after the document was taken in. */
    private Optional<B2bMessageView> inboundLog(String fileName) {
        return log().stream().filter(message -> message.direction().equals("IN") && fileName.equals(message.fileName()))
                .findFirst();
    }

    /** The asynchronous MDN the portal owes for a document it received. */
    private Optional<B2bMessageView> asyncMdnFor(String fileName) {
        return log().stream().filter(message -> message.direction().equals("OUT") && message.documentType().equals("MDN")
                && message.detail().contains(fileName)).findFirst();
    }

    private String messageLogRaw(B2bMessageView entry) {
        return actors.as(actors.admin(), () -> messageLog.raw(entry.id())).orElseThrow();
    }

    /** The 855 with its own interchange control number: the corpus file's 5 is taken in once per partner. */
    private static String the855For(String orderNumber, int interchange) throws IOException {
        String control = "%09d".formatted(interchange);
        return the855For(orderNumber).replace("*000000005*", "*" + control + "*").replace("IEA*1*000000005", "IEA*1*" + control);
    }

    private static String the855For(String orderNumber) throws IOException {
        try (InputStream in = As2TransportIT.class.getResourceAsStream("/b2b/855.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("POTEST1112", orderNumber);
        }
    }
}
