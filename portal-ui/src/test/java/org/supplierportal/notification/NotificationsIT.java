package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.TestOrders;

/**
 * Notifications by e-mail against the real database and a real SMTP server (GreenMail): each type to its people once
 * and to nobody else, preferences, digests, unsubscribe links, and a mail server that is down for a while.
 */
@PortalIntegrationTest
class NotificationsIT {

    private static final Duration MAIL_WAIT = SentMail.MAIL_WAIT;
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    InboxQueries inbox;
    @Autowired
    BuyerDecisions decisions;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationInbox notifications;
    @Autowired
    Unsubscriptions unsubscriptions;
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

    private People people() {
        return new People(users, actors);
    }

    @AfterEach
    void mailServerUpAndRealTime() {
        clock.reset();
    }

    @Test
    void aNewOrderIsMailedOnceToEachOfItsSuppliersPeopleAndToNobodyElse() {
        TestOrders.Builder order = acmeOrder();
        OrderId id = actors.asSystem(() -> inbound.receive(order.build())).orderId();
        Set<String> acme = people().emailsOf("acme-metals");
        assertThat(acme).contains("anna.berg@acme-metals.example", "arvid.ek@acme-metals.example");

        Map<String, Long> received = awaitMails("New PO " + order.number(), acme);

        assertThat(received.keySet()).isEqualTo(acme);
        assertThat(received.values()).containsOnly(1L);
        MimeMessage mail = Mailbox.about("New PO " + order.number()).getFirst();
        assertThat(Mailbox.body(mail)).contains("/orders/" + id.value()).contains("/unsubscribe/");
    }

    @Test
    void aChangedOrderIsMailedToItsSuppliersPeopleOnly() {
        TestOrders.Builder order = acmeOrder();
        actors.asSystem(() -> inbound.receive(order.build()));
        order.line(10, "CH-1", "150", "2.50", REQUESTED).marker(2);
        actors.asSystem(() -> inbound.receive(order.build()));
        Set<String> acme = people().emailsOf("acme-metals");

        Map<String, Long> received = awaitMails("PO " + order.number() + " changed (revision 2)", acme);

        assertThat(received.keySet()).isEqualTo(acme);
        assertThat(received.values()).containsOnly(1L);
        assertThat(Mailbox.body(Mailbox.about("PO " + order.number() + " changed").getFirst())).contains("line(s) 10 again");
    }

    /** An answer outside tolerance holds the order: the buyers hear of it at once, not in the inbox's digest. */
    @Test
    void anAnswerOutsideToleranceIsMailedToTheBuyersAtOnceAndTheirDecisionToTheSuppliersPeople() {
        TestOrders.Builder order = acmeOrder();
        OrderId id = actors.asSystem(() -> inbound.receive(order.build())).orderId();
        CurrentUser anna = people().login("acme.anna");
        actors.as(anna, () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1, UUID.randomUUID().toString(), null,
                List.of(LineAnswer.propose(10, null, REQUESTED.plusDays(9), null)))));
        ExceptionView exception = await().atMost(MAIL_WAIT).until(() -> actors.as(actors.buyer(), () -> inbox.ofOrder(id))
                .stream().filter(raised -> raised.status() == ExceptionStatus.OPEN).findFirst(), java.util.Optional::isPresent).orElseThrow();
        Set<String> buyers = people().emailsOfBuyers();
        assertThat(buyers).contains(people().email("buyer"));

        Map<String, Long> told = awaitMails("Answer outside tolerance: Acme Metals", buyers);

        List<MimeMessage> aboutTheOrder = Mailbox.about(order.number()).stream()
                .filter(mail -> Mailbox.subject(mail).equals("Answer outside tolerance: Acme Metals")).toList();
        assertThat(aboutTheOrder).extracting(Mailbox::addressee).containsExactlyInAnyOrderElementsOf(buyers);
        assertThat(Mailbox.body(aboutTheOrder.getFirst())).contains("PO " + order.number() + " line 10").contains("/inbox");
        assertThat(told).doesNotContainKeys(people().email("admin"), people().email("acme.anna"), people().email("nordic.nils"));
        // Its own type, not an inbox exception as well: the digest has nothing more to say of it.
        digests.composeAll();
        await().atMost(MAIL_WAIT).until(() -> pendingMails(order.number()) == 0);
        assertThat(Mailbox.countsByAddressee(order.number())).containsEntry(people().email("buyer"), 1L);

        actors.as(actors.buyer(), () -> decisions.approve(exception.id(), "Fine this time"));
        Set<String> acme = people().emailsOf("acme-metals");
        Map<String, Long> decided = awaitMails("PO " + order.number() + " line 10: your answer was approved", acme);

        assertThat(decided.keySet()).isEqualTo(acme);
        assertThat(decided.values()).containsOnly(1L);
        assertThat(Mailbox.countsByAddressee(order.number())).containsEntry(people().email("buyer"), 1L)
                .doesNotContainKeys(people().email("admin"), people().email("nordic.nils"), people().email("nordic.admin"));
    }

    @Test
    void aDeadLetterIsMailedToTheAdminsOnly() {
        String subject = "PO " + TestOrders.newNumber();
        actors.asSystem(() -> deadLetters.record(DeadLetters.INBOUND, "order", "TEST", UUID.randomUUID().toString(), subject,
                "{}", "Unknown unit of measure 'XX'"));
        String admin = people().email("admin");

        Map<String, Long> received = awaitMails("Dead letter: order " + subject, Set.of(admin));

        assertThat(received).isEqualTo(Map.of(admin, 1L));
        assertThat(Mailbox.body(Mailbox.about(subject).getFirst())).contains("Unknown unit of measure").contains("/admin/integration");
    }

    @Test
    void offSendsNoMailAndTheDigestGroupsTheRestIntoOneMail() {
        CurrentUser nils = people().login("nordic.nils");
        CurrentUser nora = people().login("nordic.admin");
        actors.as(nils, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.OFF));
        actors.as(nora, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.DAILY_DIGEST));
        try {
            TestOrders.Builder first = nordicOrder();
            TestOrders.Builder second = nordicOrder();
            actors.asSystem(() -> inbound.receive(first.build()));
            actors.asSystem(() -> inbound.receive(second.build()));
            await().atMost(MAIL_WAIT).until(() -> notificationsOf(nora).stream()
                    .filter(notification -> notification.title().contains(second.number())).count() == 1);

            digests.composeAll();
            String noraEmail = people().email("nordic.admin");
            awaitMails(first.number(), Set.of(noraEmail));

            List<MimeMessage> toNora = Mailbox.about(first.number());
            assertThat(toNora).hasSize(1);
            assertThat(Mailbox.addressee(toNora.getFirst())).isEqualTo(noraEmail);
            assertThat(Mailbox.body(toNora.getFirst())).contains("New PO " + first.number()).contains("New PO " + second.number());
            assertThat(Mailbox.about(second.number())).hasSize(1);
            // Off is about e-mail: the bell still shows them.
            assertThat(notificationsOf(nils)).extracting(NotificationView::title)
                    .contains("New PO " + first.number(), "New PO " + second.number());
        } finally {
            actors.as(nils, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.IMMEDIATELY));
            actors.as(nora, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.IMMEDIATELY));
        }
    }

    @Test
    void theUnsubscribeLinkSwitchesOffItsTypeForItsPersonOnlyAndCannotBeAltered() {
        TestOrders.Builder order = nordicOrder();
        actors.asSystem(() -> inbound.receive(order.build()));
        String nilsEmail = people().email("nordic.nils");
        awaitMails("New PO " + order.number(), Set.of(nilsEmail));
        MimeMessage mail = Mailbox.about("New PO " + order.number()).stream()
                .filter(message -> Mailbox.addressee(message).equals(nilsEmail)).findFirst().orElseThrow();
        String token = Mailbox.unsubscribeLink(mail).replaceAll(".*/unsubscribe/", "");
        CurrentUser nils = people().login("nordic.nils");
        CurrentUser nora = people().login("nordic.admin");
        try {
            String someoneElse = token.replace(nils.userId().toString(), nora.userId().toString());
            assertThat(unsubscriptions.unsubscribe(someoneElse)).isEmpty();
            assertThat(unsubscriptions.unsubscribe(token.replace("ORDER_RECEIVED", "ORDER_CHANGED"))).isEmpty();

            assertThat(unsubscriptions.unsubscribe(token)).contains(NotificationType.ORDER_RECEIVED);

            assertThat(actors.as(nils, () -> preferences.mine())).contains(
                    new PreferenceView(NotificationType.ORDER_RECEIVED, Delivery.OFF, true));
            assertThat(actors.as(nora, () -> preferences.mine())).extracting(PreferenceView::delivery).doesNotContain(Delivery.OFF);
            TestOrders.Builder next = nordicOrder();
            actors.asSystem(() -> inbound.receive(next.build()));
            awaitMails("New PO " + next.number(), Set.of(people().email("nordic.admin")));
            assertThat(Mailbox.countsByAddressee("New PO " + next.number())).doesNotContainKey(nilsEmail);
        } finally {
            actors.as(nils, () -> preferences.change(NotificationType.ORDER_RECEIVED, Delivery.IMMEDIATELY));
        }
    }

    @Test
    void mailWrittenWhileTheMailServerIsDownIsDeliveredOnceWhenItIsBack() {
        TestOrders.Builder order = acmeOrder();
        Set<String> acme = people().emailsOf("acme-metals");
        TestMailServer.down();
        try {
            actors.asSystem(() -> inbound.receive(order.build()));
            await().atMost(MAIL_WAIT).until(() -> failedAttempts("New PO " + order.number()) >= acme.size());
        } finally {
            TestMailServer.up();
        }
        clock.advance(Duration.ofHours(2)); // past the pause before the next attempt

        Map<String, Long> received = awaitMails("New PO " + order.number(), acme);

        assertThat(received.keySet()).isEqualTo(acme);
        assertThat(received.values()).containsOnly(1L);
        await().atMost(MAIL_WAIT).until(() -> pendingMails("New PO " + order.number()) == 0);
        assertThat(Mailbox.countsByAddressee("New PO " + order.number()).values()).containsOnly(1L);
    }

    private List<NotificationView> notificationsOf(CurrentUser person) {
        return actors.as(person, () -> notifications.latest());
    }

    private Map<String, Long> awaitMails(String about, Set<String> addressees) {
        return sent().await(about, addressees);
    }

    private SentMail sent() {
        return new SentMail(actors, jdbc, transactions);
    }

    private long failedAttempts(String subject) {
        return sent().query("select count(*) from notification_mail where subject = ? and attempts > 0 and status = 'PENDING'", subject);
    }

    private long pendingMails(String about) {
        return sent().pending(about);
    }

    private TestOrders.Builder acmeOrder() {
        return TestOrders.order("SUP-1001").line(10, "N-" + UUID.randomUUID().toString().substring(0, 6), "100", "2.50", REQUESTED);
    }

    private TestOrders.Builder nordicOrder() {
        return TestOrders.order("SUP-2002").line(10, "P-" + UUID.randomUUID().toString().substring(0, 6), "500", new BigDecimal("0.40").toPlainString(), REQUESTED);
    }
}
