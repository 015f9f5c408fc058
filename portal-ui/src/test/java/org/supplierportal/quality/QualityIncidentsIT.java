package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.inbox.InboxSort;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/** Incidents from the buyer's opening to the last accepted step, with files, deadlines and isolation. */
@PortalIntegrationTest
class QualityIncidentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    QualityService quality;
    @Autowired
    QualityQueries incidents;
    @Autowired
    QualityWatch watch;
    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    InboxQueries inbox;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anIncidentOnAPoLineTakesItsPartAndDueDatesFromTheSeverityAndOnlyItsSupplierSeesIt() throws Exception {
        TestOrders.Builder order = order();
        Instant before = clock.instant();
        IncidentView incident = open(order, Severity.CRITICAL);

        assertThat(incident.number()).startsWith("QI-");
        assertThat(incident.partNumber()).isEqualTo(order.build().lines().getFirst().partNumber());
        assertThat(incident.step(StepKind.CONTAINMENT).dueAt()).isBetween(before.plus(Duration.ofHours(24)),
                clock.instant().plus(Duration.ofHours(24)));
        assertThat(incident.step(StepKind.PREVENTIVE_ACTION).dueAt()).isAfter(before.plus(Duration.ofDays(29)));
        assertThat(incident.steps()).extracting(StepView::status).containsOnly(StepStatus.OPEN);

        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> incidents.search(QualityFilter.all())))
                .extracting(IncidentView::number).contains(incident.number());
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> incidents.find(incident.id())).supplierName())
                .isEqualTo("Acme Metals");
        assertThat(actors.as(actors.supplierUser("nordic-plastics"), () -> incidents.search(QualityFilter.all())))
                .extracting(IncidentView::number).doesNotContain(incident.number());

        // Acme's people are told by e-mail, each in a mail of their own, with the containment's due time; Nordic's are not.
        jakarta.mail.internet.MimeMessage mail = org.supplierportal.testsupport.TestMailServer.lastMessageTo(
                "anna.berg@acme-metals.example", "Quality incident " + incident.number() + " (Critical): Burr on bore edge");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("anna.berg@acme-metals.example");
        assertThat(java.util.Arrays.stream(org.supplierportal.testsupport.TestMailServer.get().getReceivedMessages())
                .filter(message -> subject(message).contains(incident.number())).flatMap(QualityIncidentsIT::recipients))
                .noneMatch(address -> address.contains("nordic"));
        assertThat(String.valueOf(mail.getContent())).contains("Containment by").contains("Burr on bore edge");
        assertThatThrownBy(() -> actors.as(actors.supplierUser("nordic-plastics"), () -> incidents.find(incident.id())))
                .isInstanceOf(IncidentNotFoundException.class);
        assertThatThrownBy(() -> actors.as(actors.supplierUser("nordic-plastics"),
                () -> quality.respond(incident.id(), StepKind.CONTAINMENT, "Not ours to answer")))
                .isInstanceOf(IncidentNotFoundException.class);
    }

    @Test
    void stepsAreAnsweredReturnedAndAcceptedUntilTheIncidentCloses() {
        IncidentView incident = open(order(), Severity.MAJOR);
        var supplier = actors.supplierUser("acme-metals");

        actors.as(supplier, () -> quality.respond(incident.id(), StepKind.CONTAINMENT, "Stock of 200 pcs sorted, 12 rejected."));
        assertThatThrownBy(() -> actors.as(supplier, () -> quality.respond(incident.id(), StepKind.CONTAINMENT, "Again")))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("waiting for the buyer's review");
        assertThatThrownBy(() -> actors.as(actors.buyer(), () -> quality.returnStep(incident.id(), StepKind.CONTAINMENT, " ")))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("Say what is missing");
        assertThatThrownBy(() -> actors.as(actors.buyer(), () -> quality.accept(incident.id(), StepKind.ROOT_CAUSE, null)))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("has not answered the root cause yet");

        IncidentView returned = actors.as(actors.buyer(), () -> quality.returnStep(incident.id(), StepKind.CONTAINMENT,
                "Also block the goods in transit on ASN 77."));
        assertThat(returned.step(StepKind.CONTAINMENT).status()).isEqualTo(StepStatus.RETURNED);
        assertThat(returned.step(StepKind.CONTAINMENT).reviewComment()).isEqualTo("Also block the goods in transit on ASN 77.");

        IncidentView again = actors.as(supplier, () -> quality.respond(incident.id(), StepKind.CONTAINMENT,
                "Stock sorted; goods in transit blocked at the carrier."));
        assertThat(again.step(StepKind.CONTAINMENT).rounds()).isEqualTo(2);
        assertThat(actors.as(actors.buyer(), () -> incidents.search(new QualityFilter(true, true, null))))
                .extracting(IncidentView::number).contains(incident.number());

        for (StepKind kind : StepKind.values()) {
            if (kind != StepKind.CONTAINMENT) {
                actors.as(supplier, () -> quality.respond(incident.id(), kind, kind.label() + " described in full."));
            }
            IncidentView after = actors.as(actors.buyer(), () -> quality.accept(incident.id(), kind, null));
            assertThat(after.status()).isEqualTo(kind == StepKind.PREVENTIVE_ACTION ? IncidentStatus.CLOSED : IncidentStatus.OPEN);
        }
        assertThatThrownBy(() -> actors.as(supplier, () -> quality.respond(incident.id(), StepKind.ROOT_CAUSE, "More")))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> actors.as(supplier, () -> quality.attach(incident.id(), null, "late.pdf", PDF)))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("closed");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        TestOrders.Builder order = order();
        long before = actors.as(actors.buyer(), () -> incidents.search(QualityFilter.all())).size();
        Instant now = clock.instant();
        assertThatThrownBy(() -> actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(
                actors.tenant("acme-metals").id(), Severity.MINOR, " ", "", null, order.number(), 99, "ASN-NOPE", null,
                new BigDecimal("-3"), "pcs", Map.of(StepKind.CONTAINMENT, now.minusSeconds(60),
                StepKind.ROOT_CAUSE, now.plus(Duration.ofDays(3)), StepKind.CORRECTIVE_ACTION, now.plus(Duration.ofDays(2)))))))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.problems())
                        .extracting(QualityProblem::field)
                        .contains("title", "defect", "orderLineNumber", "asnNumber", "quantityAffected",
                                "dueDates.CONTAINMENT", "dueDates.CORRECTIVE_ACTION"));
        assertThatThrownBy(() -> actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(
                actors.tenant("nordic-plastics").id(), Severity.MINOR, "Scratches", "Scratched housings", null,
                order.number(), null, null, null, null, null, Map.of()))))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("has no PO " + order.number());
        assertThatThrownBy(() -> actors.as(actors.supplierUser("acme-metals"), () -> quality.open(new IncidentDraft(
                actors.tenant("acme-metals").id(), Severity.MINOR, "Self-reported", "x", "P-1", null, null, null, null,
                null, null, Map.of()))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(actors.as(actors.buyer(), () -> incidents.search(QualityFilter.all()))).hasSize((int) before);
    }

    @Test
    void filesAreCheckedByTheirContentStoredWithTheIncidentAndOnlyItsSupplierCanDownloadThem() {
        IncidentView incident = open(order(), Severity.MINOR);
        var supplier = actors.supplierUser("acme-metals");

        AttachmentView report = actors.as(actors.buyer(), () -> quality.attach(incident.id(), null, "C:\\reports\\measurement.pdf", PDF));
        AttachmentView photo = actors.as(supplier, () -> quality.attach(incident.id(), StepKind.CONTAINMENT, "sorted.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}));
        assertThat(report.fileName()).isEqualTo("measurement.pdf");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> actors.as(supplier, () -> quality.attach(incident.id(), null, "invoice.pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("not a real PDF");
        assertThatThrownBy(() -> actors.as(supplier, () -> quality.attach(incident.id(), null, "setup.exe", PDF)))
                .isInstanceOf(InvalidIncidentException.class).hasMessageContaining("only PDF, PNG");

        IncidentView seen = actors.as(supplier, () -> incidents.find(incident.id()));
        assertThat(seen.attachmentsOf(null)).extracting(AttachmentView::fileName).containsExactly("measurement.pdf");
        assertThat(seen.attachmentsOf(StepKind.CONTAINMENT)).extracting(AttachmentView::fileName).containsExactly("sorted.png");
        assertThat(actors.as(supplier, () -> incidents.download(incident.id(), report.id())).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> actors.as(actors.supplierUser("nordic-plastics"), () -> incidents.download(incident.id(), report.id())))
                .isInstanceOf(IncidentNotFoundException.class);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void anotherSuppliersFilesAreOutOfReachEvenForNativeSql() {
        IncidentView incident = open(order(), Severity.MINOR);
        actors.as(actors.buyer(), () -> quality.attach(incident.id(), null, "drawing.pdf", PDF));

        // The tenant is set on the connection when a transaction begins: the query runs in one, as the services' do.
        Integer visible = actors.as(actors.supplierUser("nordic-plastics"), () -> transaction.execute(status -> jdbc.queryForObject(
                "select count(*) from quality_attachment where incident_id = ?", Integer.class, incident.id())));
        Integer own = actors.as(actors.supplierUser("acme-metals"), () -> transaction.execute(status -> jdbc.queryForObject(
                "select count(*) from quality_attachment where incident_id = ?", Integer.class, incident.id())));
        assertThat(visible).isZero();
        assertThat(own).isEqualTo(1);
    }

    @Test
    void aStepPastItsDueTimeGoesToTheBuyerOnceAndResolvesWhenTheSupplierAnswers() {
        IncidentView incident = open(order(), Severity.CRITICAL);
        long overdueBefore = actors.as(actors.supplierUser("acme-metals"), () -> incidents.dashboard()).stepsOverdue();

        clock.advance(Duration.ofHours(25));
        actors.asSystem(() -> watch.check());
        actors.asSystem(() -> watch.check());

        ExceptionView overdue = await().atMost(Duration.ofSeconds(10))
                .until(() -> qualityExceptions(incident), found -> !found.isEmpty()).getFirst();
        assertThat(qualityExceptions(incident)).hasSize(1);
        assertThat(overdue.subject().english()).isEqualTo("Quality incident " + incident.number() + ": containment");
        assertThat(overdue.subjectLink()).isEqualTo("quality/" + incident.id());
        assertThat(overdue.orderNumber()).isEqualTo(incident.orderNumber());
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> incidents.dashboard()).stepsOverdue())
                .isGreaterThan(overdueBefore);

        actors.as(actors.supplierUser("acme-metals"), () -> quality.respond(incident.id(), StepKind.CONTAINMENT,
                "Late, but done: all stock sorted."));
        await().atMost(Duration.ofSeconds(10)).until(() -> qualityExceptions(incident).getFirst().status() == ExceptionStatus.RESOLVED);
    }

    @Autowired
    org.supplierportal.shipment.ReceiptInbound receipts;

    @Test
    void aReceiptWithARejectedQuantityOpensAnIncidentForTheSupplierOnce() {
        TestOrders.Builder order = order();
        String receipt = "R-" + UUID.randomUUID();
        org.supplierportal.shipment.ReceiptDocument rejected = new org.supplierportal.shipment.ReceiptDocument("TEST", receipt,
                order.number(), order.number() + "-10", new BigDecimal("200"), "pcs", LocalDate.now(), null,
                new BigDecimal("15"), "Coating thickness below 8 µm");
        actors.asSystem(() -> receipts.receive(rejected));
        actors.asSystem(() -> receipts.receive(rejected));

        IncidentView incident = await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.supplierUser("acme-metals"),
                () -> incidents.search(new QualityFilter(false, false, order.number()))), found -> !found.isEmpty()).getFirst();
        assertThat(incident.source()).isEqualTo(IncidentSource.ERP);
        assertThat(incident.severity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.orderLineNumber()).isEqualTo(10);
        assertThat(incident.quantityAffected()).isEqualByComparingTo("15");
        assertThat(incident.defect()).contains("15 pcs of 200 received").contains("Coating thickness below 8 µm");
        assertThat(actors.as(actors.buyer(), () -> incidents.search(new QualityFilter(false, false, order.number())))).hasSize(1);
    }

    private static java.util.stream.Stream<String> recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private List<ExceptionView> qualityExceptions(IncidentView incident) {
        return actors.as(actors.buyer(), () -> inbox.search(new InboxFilter(Set.of(ExceptionType.QUALITY_STEP_OVERDUE),
                Set.of(), incident.tenantId(), null, false), InboxSort.OLDEST_FIRST, 0, 500)).stream()
                .filter(exception -> ("quality/" + incident.id()).equals(exception.subjectLink())).toList();
    }

    @Test
    void anIncidentTheErpOpensFromARejectedReceiptIsInTheReadersLanguageAndInEnglishForTheApi() {
        TestOrders.Builder order = order();
        OrderId orderId = actors.asSystem(() -> orders.findByErpId("TEST", order.number())).orElseThrow().id();
        String part = order.build().lines().getFirst().partNumber();
        String receipt = "R-" + UUID.randomUUID();
        actors.asSystem(() -> quality.openFromReceipt(new ShipmentEvents.ReceiptRejected(actors.tenant("acme-metals").id(),
                "TEST", receipt, orderId, order.number(), 10, part, null, new BigDecimal("200"), new BigDecimal("12.000"), "pcs",
                "Burrs on the bore", LocalDate.of(2026, 11, 30))));

        IncidentView incident = actors.as(actors.buyer(), () -> incidents.ofOrder(orderId)).getFirst();
        assertThat(incident.title()).isEqualTo("Rejected at goods receipt: " + part);
        assertThat(incident.defect()).isEqualTo("12 pcs of 200 received on 2026-11-30 rejected by incoming inspection:"
                + " Burrs on the bore");
        assertThat(incident.openedBy()).isEqualTo("ERP (goods receipt)");
        assertThat(incident.titleWords().in(Locale.GERMAN)).isEqualTo("Beim Wareneingang zurückgewiesen: " + part);
        assertThat(incident.defectWords().in(Locale.FRENCH)).isEqualTo("12 pcs sur 200 reçus le 2026-11-30, refusés par le"
                + " contrôle à réception : Burrs on the bore");
        assertThat(incident.openedByWords().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("ERP（收货）");
    }

    @Test
    void aBuyersOwnWordsStayAsWrittenEvenWhenTheyLookLikeAKey() {
        TestOrders.Builder order = order();
        IncidentView incident = actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(),
                Severity.MINOR, "quality.fromReceipt.title", "Burrs found on 12 of 200 brackets.", null, order.number(), 10,
                null, null, null, null, Map.of())));

        assertThat(incident.title()).isEqualTo("quality.fromReceipt.title");
        assertThat(incident.titleWords().in(Locale.GERMAN)).isEqualTo("quality.fromReceipt.title");
    }

    private IncidentView open(TestOrders.Builder order, Severity severity) {
        return actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(), severity,
                "Burr on bore edge", "Burrs found on 12 of 200 brackets at incoming inspection.", null, order.number(), 10,
                null, "L-2026-11", new BigDecimal("12"), "pcs", Map.of())));
    }

    private TestOrders.Builder order() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 6),
                "200", "1.85", LocalDate.now().plusDays(20));
        actors.asSystem(() -> inbound.receive(document.build()));
        return document;
    }
}
