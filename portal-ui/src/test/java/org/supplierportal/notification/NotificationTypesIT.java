package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceResult;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.order.AcknowledgmentsDueSoon;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OverdueAcknowledgments;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.QualityStepsDueSoon;
import org.supplierportal.quality.QualityWatch;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/**
 * The notifications of deadlines, shipments, quality and invoices, against the real database and a real SMTP server
 * (GreenMail): each to its people once (a second check or a redelivered event tells nobody twice), never to another
 * supplier's people, with the link to the page that acts on it; and a type switched off sends no mail.
 */
@PortalIntegrationTest
class NotificationTypesIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound orders;
    @Autowired
    OrderQueries orderQueries;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AcknowledgmentsDueSoon acknowledgmentsDueSoon;
    @Autowired
    OverdueAcknowledgments overdueAcknowledgments;
    @Autowired
    AsnService asns;
    @Autowired
    ReceiptInbound receipts;
    @Autowired
    QualityService quality;
    @Autowired
    QualityStepsDueSoon qualityDueSoon;
    @Autowired
    InvoiceInbound invoices;
    @Autowired
    InvoiceQueries invoiceQueries;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationInbox notifications;
    @Autowired
    Digests digests;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;
    @Autowired
    Actors actors;
    @Autowired
    PersonLocales personLocales;
    @Autowired
    QualityWatch qualityWatch;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAcknowledgmentDueWithinADayIsRemindedOnceAndWhenOverdueToldOnceToItsSuppliersPeopleOnly() {
        TestOrders.Builder order = acmeOrder();
        OrderId id = actors.asSystem(() -> orders.receive(order.build())).orderId();
        Instant due = actors.asSystem(() -> orderQueries.detail(id)).summary().ackDueAt();
        Set<String> acme = people().emailsOf("acme-metals");

        clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofHours(12))));
        actors.asSystem(() -> acknowledgmentsDueSoon.raiseNewlyDueSoon());
        actors.asSystem(() -> acknowledgmentsDueSoon.raiseNewlyDueSoon());

        String dueSoon = "PO " + order.number() + ": acknowledgment due";
        assertThat(sent().await(dueSoon, acme)).isEqualTo(onceEach(acme));
        assertThat(Mailbox.body(Mailbox.about(dueSoon).getFirst())).contains("/orders/" + id.value() + "/acknowledge");
        assertThat(remindersOf(id.value())).as("claimed once, for its deadline").isEqualTo(1);

        clock.advance(Duration.ofHours(13));
        actors.asSystem(() -> overdueAcknowledgments.raiseNewlyOverdue());
        actors.asSystem(() -> overdueAcknowledgments.raiseNewlyOverdue());

        String overdue = "PO " + order.number() + ": acknowledgment overdue";
        assertThat(sent().await(overdue, acme)).isEqualTo(onceEach(acme));
        assertThat(Mailbox.body(Mailbox.about(overdue).getFirst())).contains("/orders/" + id.value() + "/acknowledge");
        assertThat(Mailbox.countsByAddressee(order.number()).keySet()).as("nobody but the supplier's people").isEqualTo(acme);
    }

    /** Each e-mail is written for its reader: one who chose German and Berlin reads both; the others English and UTC. */
    @Test
    void aReminderIsMailedInEachRecipientsLanguageAndTimeZone() {
        CurrentUser anna = people().login("acme.anna");
        actors.as(anna, () -> personLocales.change(PortalLanguage.GERMAN, ZoneId.of("Europe/Berlin")));
        try {
            TestOrders.Builder order = acmeOrder();
            OrderId id = actors.asSystem(() -> orders.receive(order.build())).orderId();
            Instant due = actors.asSystem(() -> orderQueries.detail(id)).summary().ackDueAt();
            clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofHours(12))));
            actors.asSystem(() -> acknowledgmentsDueSoon.raiseNewlyDueSoon());

            String annasAddress = people().email("acme.anna");
            Set<String> others = new HashSet<>(people().emailsOf("acme-metals"));
            others.remove(annasAddress);
            String english = "PO " + order.number() + ": acknowledgment due";
            String german = "Bestellung " + order.number() + ": Bestätigung fällig am "
                    + DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").withZone(ZoneId.of("Europe/Berlin")).format(due);
            assertThat(sent().await(german, Set.of(annasAddress))).isEqualTo(onceEach(Set.of(annasAddress)));
            assertThat(sent().await(english, others)).isEqualTo(onceEach(others));
            MimeMessage annas = Mailbox.about(german).getFirst();
            assertThat(Mailbox.subject(annas)).startsWith(german);
            assertThat(Mailbox.body(annas)).startsWith("Guten Tag ").contains("Bitte bestätigen Sie die Bestellung " + order.number())
                    .contains("/orders/" + id.value() + "/acknowledge").contains("Keine E-Mails mehr zu „Bald fällige Auftragsbestätigungen“");
            assertThat(Mailbox.about(english)).extracting(Mailbox::subject)
                    .allMatch(subject -> subject.endsWith(" UTC"));
        } finally {
            actors.asSystem(() -> transactions.execute(status -> jdbc.update("delete from person_locale where user_id = ?", anna.userId())));
        }
    }

    @Test
    void aReceiptThatDiffersFromTheAsnIsMailedToTheSuppliersPeopleWithTheLinkToTheAsn() {
        TestOrders.Builder order = acmeOrder();
        OrderId id = committed(order);
        AsnView asn = actors.as(actors.supplierUser("acme-metals"), () -> asns.create(new AsnDraft(LocalDate.now(),
                LocalDate.now().plusDays(2), "DHL", null, null,
                List.of(new AsnDraft.Line(id.value(), 10, new BigDecimal("100"), null, List.of())), List.of())));

        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(), order.number(),
                order.number() + "-10", new BigDecimal("70"), "pcs", LocalDate.now(), asn.number())));

        Set<String> acme = people().emailsOf("acme-metals");
        String subject = "ASN " + asn.number() + ": receipt differs on PO " + order.number() + " line 10";
        assertThat(sent().await(subject, acme)).isEqualTo(onceEach(acme));
        assertThat(Mailbox.body(Mailbox.about(subject).getFirst())).contains("received 70 pcs").contains("announced 100 pcs")
                .contains("/shipments/" + asn.id());
    }

    @Test
    void aSuppliersAnswerToAQualityStepGoesToTheBuyersAndTheReturnedStepToTheSuppliersPeopleWhoWantIt() {
        IncidentView incident = openIncident(Severity.MAJOR);
        CurrentUser arvid = people().login("acme.admin");
        actors.as(arvid, () -> preferences.change(NotificationType.QUALITY_STEP_RETURNED, Delivery.OFF));
        try {
            actors.as(actors.supplierUser("acme-metals"), () -> quality.respond(incident.id(), StepKind.CONTAINMENT,
                    "Stock of 200 pcs sorted, 12 rejected."));
            Set<String> buyers = people().emailsOfBuyers();
            String answered = incident.number() + ": Containment answered by Acme Metals";
            assertThat(sent().await(answered, buyers)).isEqualTo(onceEach(buyers));
            assertThat(Mailbox.body(Mailbox.about(answered).getFirst())).contains("/quality/" + incident.id());

            actors.as(actors.buyer(), () -> quality.returnStep(incident.id(), StepKind.CONTAINMENT, "Which lots were sorted?"));
            Set<String> acmeButArvid = new HashSet<>(people().emailsOf("acme-metals"));
            acmeButArvid.remove(people().email("acme.admin"));
            String returned = incident.number() + ": Containment sent back";
            assertThat(sent().await(returned, acmeButArvid)).isEqualTo(onceEach(acmeButArvid));
            assertThat(Mailbox.body(Mailbox.about(returned).getFirst())).contains("Which lots were sorted?")
                    .contains("/quality/" + incident.id());
            // Off is about e-mail: the bell still shows it.
            assertThat(actors.as(arvid, () -> notifications.latest())).extracting(NotificationView::title).contains(returned);

            actors.as(actors.supplierUser("acme-metals"), () -> quality.respond(incident.id(), StepKind.CONTAINMENT,
                    "Lots L-2026-11 and L-2026-12, 400 pcs."));
            await().atMost(SentMail.MAIL_WAIT).until(() -> Mailbox.countsByAddressee(answered).values().stream().allMatch(n -> n == 2)
                    && Mailbox.countsByAddressee(answered).keySet().containsAll(buyers));
            assertThat(Mailbox.countsByAddressee(answered)).isEqualTo(timesEach(buyers, 2));
        } finally {
            actors.as(arvid, () -> preferences.change(NotificationType.QUALITY_STEP_RETURNED, Delivery.IMMEDIATELY));
        }
    }

    @Test
    void aQualityStepDueWithinADayIsRemindedOnceToItsSuppliersPeople() {
        IncidentView incident = openIncident(Severity.MINOR);
        Instant due = incident.step(StepKind.CONTAINMENT).dueAt();

        clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofHours(6))));
        actors.asSystem(() -> qualityDueSoon.check());
        actors.asSystem(() -> qualityDueSoon.check());

        Set<String> acme = people().emailsOf("acme-metals");
        String subject = incident.number() + ": Containment due";
        assertThat(sent().await(subject, acme)).isEqualTo(onceEach(acme));
        assertThat(Mailbox.body(Mailbox.about(subject).getFirst())).contains("/quality/" + incident.id());
        assertThat(sent().query("select count(*) from deadline_reminder r join quality_step s on s.id = r.subject_id"
                + " where s.incident_id = ? and r.due_at = ?", incident.id(), java.sql.Timestamp.from(due))).isEqualTo(1);
    }

    /** What an exception is about is written for its reader too: a buyer who chose German reads the step in German. */
    @Test
    void anOverdueQualityStepIsMailedToABuyerWhoChoseGermanWithItsSubjectInGerman() {
        CurrentUser buyer = people().login("buyer");
        actors.as(buyer, () -> personLocales.change(PortalLanguage.GERMAN, ZoneId.of("Europe/Berlin")));
        actors.as(buyer, () -> preferences.change(NotificationType.INBOX_EXCEPTION, Delivery.IMMEDIATELY));
        try {
            IncidentView incident = openIncident(Severity.CRITICAL);
            clock.advance(Duration.ofHours(25));
            actors.asSystem(() -> qualityWatch.check());

            String subject = "Reklamation " + incident.number() + ": Sofortmaßnahme (Bestellung " + incident.orderNumber() + ")";
            String buyersAddress = people().email("buyer");
            assertThat(sent().await(subject, Set.of(buyersAddress))).isEqualTo(onceEach(Set.of(buyersAddress)));
            MimeMessage mail = Mailbox.about(subject).getFirst();
            assertThat(Mailbox.subject(mail)).contains("Qualitätsschritt überfällig: Acme Metals");
            assertThat(Mailbox.body(mail)).startsWith("Guten Tag ").contains("Acme Metals, " + subject + ": ")
                    .doesNotContain("Quality incident");
        } finally {
            actors.as(buyer, () -> preferences.change(NotificationType.INBOX_EXCEPTION, Delivery.DAILY_DIGEST));
            actors.asSystem(() -> transactions.execute(status -> jdbc.update("delete from person_locale where user_id = ?", buyer.userId())));
        }
    }

    @Test
    void aBlockedInvoiceGoesToItsSuppliersPeopleAtOnceAndToTheBuyersDigestAndAPaidOneToTheSuppliersDigest() {
        TestOrders.Builder order = receivedOrder();
        String erpId = "INV-" + UUID.randomUUID();

        InvoiceResult blocked = actors.asSystem(() -> invoices.receive(invoice(order, erpId, InvoiceStatus.IN_MATCHING, "2.10", null)));
        assertThat(blocked.status()).isEqualTo(InvoiceStatus.BLOCKED);
        String number = actors.as(actors.buyer(), () -> invoiceQueries.find(blocked.invoiceId())).displayNumber();
        Set<String> acme = people().emailsOf("acme-metals");
        String blockedSubject = "Invoice " + number + " blocked";
        assertThat(sent().await(blockedSubject, acme)).isEqualTo(onceEach(acme));
        assertThat(Mailbox.body(Mailbox.about(blockedSubject).getFirst())).contains("Price variance on line 10")
                .contains("/invoices/" + blocked.invoiceId());

        actors.asSystem(() -> invoices.receive(invoice(order, erpId, InvoiceStatus.APPROVED, "2.10", null)));
        actors.asSystem(() -> invoices.receive(invoice(order, erpId, InvoiceStatus.PAID, "2.10", LocalDate.now())));
        CurrentUser buyer = people().login("buyer");
        await().atMost(SentMail.MAIL_WAIT).until(() -> titlesOf(people().login("acme.anna")).contains("Invoice " + number + " paid")
                && titlesOf(buyer).stream().anyMatch(title -> title.startsWith("Invoice blocked")));
        assertThat(Mailbox.about("Invoice " + number + " paid")).as("a payment waits for the digest").isEmpty();

        digests.composeAll();

        Map<String, Long> paid = sent().await("Invoice " + number + " paid", acme);
        assertThat(paid).isEqualTo(onceEach(acme));
        List<MimeMessage> digested = Mailbox.about("Invoice " + number + " paid");
        assertThat(digested).allMatch(mail -> Mailbox.subject(mail).startsWith("Supplier Portal:"));
        String buyerEmail = people().email("buyer");
        sent().await(order.number(), Set.of(buyerEmail));
        assertThat(Mailbox.about(order.number()).stream().filter(mail -> Mailbox.addressee(mail).equals(buyerEmail)).toList())
                .singleElement().satisfies(mail -> assertThat(Mailbox.body(mail)).contains("Invoice blocked: Acme Metals"))
                .satisfies(mail -> assertThat(Mailbox.subject(mail)).startsWith("Supplier Portal:"));
        assertThat(Mailbox.countsByAddressee(order.number())).doesNotContainKeys(people().email("nordic.nils"),
                people().email("nordic.admin"), people().email("admin"));
    }

    /** What the account page lists: every type of the person's audience, with its default until they choose. */
    @Test
    void everyPersonIsOfferedEveryTypeOfTheirAudienceWithItsDefault() {
        assertThat(actors.as(people().login("acme.anna"), () -> preferences.mine())).extracting(PreferenceView::type)
                .contains(NotificationType.ACKNOWLEDGMENT_DUE_SOON, NotificationType.ACKNOWLEDGMENT_OVERDUE,
                        NotificationType.RECEIPT_DIFFERS_FROM_ASN, NotificationType.QUALITY_STEP_RETURNED,
                        NotificationType.QUALITY_STEP_DUE_SOON, NotificationType.INVOICE_BLOCKED, NotificationType.INVOICE_PAID)
                .doesNotContain(NotificationType.ANSWER_OUTSIDE_TOLERANCE, NotificationType.IMPORT_FAILED);
        assertThat(actors.as(people().login("buyer"), () -> preferences.mine()))
                .contains(new PreferenceView(NotificationType.ANSWER_OUTSIDE_TOLERANCE, Delivery.IMMEDIATELY, false),
                        new PreferenceView(NotificationType.QUALITY_STEP_ANSWERED, Delivery.IMMEDIATELY, false),
                        new PreferenceView(NotificationType.INBOX_EXCEPTION, Delivery.DAILY_DIGEST, false));
        assertThat(actors.as(people().login("admin"), () -> preferences.mine())).extracting(PreferenceView::type)
                .containsExactly(NotificationType.DEAD_LETTER, NotificationType.IMPORT_FAILED);
    }

    private People people() {
        return new People(users, actors);
    }

    private SentMail sent() {
        return new SentMail(actors, jdbc, transactions);
    }

    private long remindersOf(UUID subject) {
        return sent().query("select count(*) from deadline_reminder where subject_id = ?", subject);
    }

    private List<String> titlesOf(CurrentUser person) {
        return actors.as(person, () -> notifications.latest()).stream().map(NotificationView::title).toList();
    }

    private static Map<String, Long> onceEach(Set<String> addressees) {
        return timesEach(addressees, 1);
    }

    private static Map<String, Long> timesEach(Set<String> addressees, long times) {
        return addressees.stream().collect(java.util.stream.Collectors.toMap(address -> address, address -> times));
    }

    private TestOrders.Builder acmeOrder() {
        return TestOrders.order("SUP-1001").line(10, "NT-" + UUID.randomUUID().toString().substring(0, 6), "100", "1.85", REQUESTED);
    }

    private OrderId committed(TestOrders.Builder order) {
        OrderId id = actors.asSystem(() -> orders.receive(order.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return id;
    }

    private IncidentView openIncident(Severity severity) {
        TestOrders.Builder order = acmeOrder();
        actors.asSystem(() -> orders.receive(order.build()));
        return actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(), severity,
                "Burr on bore edge", "Burrs found on 12 of 200 brackets at incoming inspection.", null, order.number(), 10,
                null, "L-2026-11", new BigDecimal("12"), "pcs", Map.of())));
    }

    private TestOrders.Builder receivedOrder() {
        TestOrders.Builder order = acmeOrder();
        actors.asSystem(() -> orders.receive(order.build()));
        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(), order.number(),
                order.number() + "-10", new BigDecimal("100"), "pcs", LocalDate.now(), null)));
        return order;
    }

    private static InvoiceDocument invoice(TestOrders.Builder order, String id, InvoiceStatus status, String price,
                                           LocalDate paidOn) {
        return new InvoiceDocument("TEST", id, "SUP-1001", id, "E-" + id.substring(4, 12), order.number(), LocalDate.now(),
                "EUR", new BigDecimal(price).multiply(new BigDecimal("100")), status, null, paidOn,
                paidOn == null ? null : "PAY-77", List.of(new InvoiceDocument.Line(order.number() + "-10",
                new BigDecimal("100"), new BigDecimal(price))));
    }
}
