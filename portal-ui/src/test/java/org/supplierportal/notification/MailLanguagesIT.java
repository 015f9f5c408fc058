package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.identity.InvitationDraft;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestMailServer;
import org.supplierportal.testsupport.TestOrders;

/**
 * The e-mails outside the notifications, the new quality incident and the invitation and password links, are written
 * in their reader's language and time zone like the notification mails; English and UTC where nobody chose.
 */
@PortalIntegrationTest
class MailLanguagesIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    QualityService quality;
    @Autowired
    OrderInbound orders;
    @Autowired
    InvitationService invitations;
    @Autowired
    PersonLocales personLocales;
    @Autowired
    UserAccountService users;
    @Autowired
    PortalTranslations screens;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void forgetChoices() {
        actors.asSystem(() -> transactions.execute(status -> jdbc.update(
                "delete from person_locale where user_id in (select id from app_user where username in ('acme.anna', 'admin'))")));
    }

    @Test
    void anIncidentIsMailedToASupplierPersonWhoChoseGermanInGermanWithBerlinTimesAndToTheOthersInEnglish() {
        CurrentUser anna = people().login("acme.anna");
        actors.as(anna, () -> personLocales.change(PortalLanguage.GERMAN, BERLIN));

        IncidentView incident = openIncident();

        Instant containment = incident.step(StepKind.CONTAINMENT).dueAt();
        MimeMessage german = TestMailServer.lastMessageTo(people().email("acme.anna"),
                "Qualitätsvorfall " + incident.number() + " (Kritisch): Burr on bore edge");
        assertThat(Mailbox.body(german)).startsWith("Guten Tag " + anna.displayName() + ",")
                .contains("Tom Buyer hat für Acme Metals den Qualitätsvorfall " + incident.number() + " eröffnet:")
                .contains("Bestellung: " + incident.orderNumber() + ", Position 10").contains("Charge: L-2026-11")
                .contains("Bitte antworten Sie im Lieferantenportal")
                .contains("Sofortmaßnahme bis " + germanTime(containment, BERLIN))
                .contains("Im Lieferantenportal öffnen: ").contains("/quality/" + incident.id())
                .doesNotContain("Containment").doesNotContain("Please");

        String someoneElse = people().emailsOf("acme-metals").stream().filter(email -> !email.equals(people().email("acme.anna")))
                .findFirst().orElseThrow();
        MimeMessage english = TestMailServer.lastMessageTo(someoneElse,
                "Quality incident " + incident.number() + " (Critical): Burr on bore edge");
        assertThat(Mailbox.body(english)).startsWith("Hello ").contains("Please answer in the Supplier Portal, step by step:")
                .contains("Containment by " + englishTime(containment) + " UTC");
    }

    @Test
    void anInvitationSentByAnAdminWhoChoseGermanArrivesInGermanAndByOneWhoDidNotInEnglish() {
        CurrentUser admin = people().login("admin");
        actors.as(admin, () -> personLocales.change(PortalLanguage.GERMAN, BERLIN));
        String email = uniqueEmail();

        InvitationService.Sent sent = actors.as(admin, () -> invitations.invite(
                new InvitationDraft(email, "Ida Eingeladen", Role.SUPPLIER_USER, actors.tenant("acme-metals").id())));

        MimeMessage german = TestMailServer.lastMessageTo(email);
        assertThat(Mailbox.subject(german)).isEqualTo("Einladung zum Lieferantenportal für Acme Metals");
        assertThat(Mailbox.body(german)).startsWith("Guten Tag Ida Eingeladen,")
                .contains(admin.displayName() + " hat Sie als Lieferant für Acme Metals zum Lieferantenportal eingeladen.")
                .contains("Hier wählen Sie Ihr Passwort:").contains(sent.link())
                .contains("bis " + germanTime(sent.invitation().expiresAt(), BERLIN))
                .contains("Falls Sie diese Nachricht nicht erwartet haben");

        String other = uniqueEmail();
        InvitationService.Sent plain = actors.as(actors.admin(), () -> invitations.invite(
                new InvitationDraft(other, "Ed English", Role.BUYER, null)));
        MimeMessage english = TestMailServer.lastMessageTo(other);
        assertThat(Mailbox.subject(english)).isEqualTo("You are invited to the Supplier Portal");
        assertThat(Mailbox.body(english)).startsWith("Hello Ed English,")
                .contains("Ada Test Admin invited you to the Supplier Portal as buyer.")
                .contains("until " + englishTime(plain.invitation().expiresAt()) + " UTC");
    }

    /** Why it was not mailed is a rules text, so the admin's dialog (LinkDialog) says it in their language. */
    @Test
    void whyAnInvitationWasNotMailedReadsInTheAdminsLanguage() {
        String email = uniqueEmail();
        TestMailServer.down();
        InvitationService.Sent sent;
        try {
            sent = actors.as(actors.admin(), () -> invitations.invite(new InvitationDraft(email, "Una Unmailed", Role.BUYER, null)));
        } finally {
            TestMailServer.up();
        }

        assertThat(sent.mailed()).isFalse();
        assertThat(sent.mailProblem().key()).isEqualTo("identityRule.mailNotAccepted");
        String reason = screens.getTranslation(sent.mailProblem().key(), Locale.GERMAN, sent.mailProblem().arguments().toArray());
        assertThat(screens.getTranslation("link.text", Locale.GERMAN, reason, email))
                .startsWith("Die Einladung ist bereit, wurde aber nicht per E-Mail versandt: der Mailserver hat die Nachricht nicht angenommen (");
        assertThat(screens.getTranslation(sent.mailProblem().key(), Locale.ENGLISH, sent.mailProblem().arguments().toArray()))
                .startsWith("the mail server did not accept the message (");
    }

    @Test
    void aPasswordLinkIsInTheLanguageItsHolderChoseWhoeverSendsIt() {
        CurrentUser anna = people().login("acme.anna");
        actors.as(anna, () -> personLocales.change(PortalLanguage.GERMAN, BERLIN));

        actors.as(actors.admin(), () -> invitations.sendPasswordLink(anna.userId()));

        MimeMessage mail = TestMailServer.lastMessageTo(people().email("acme.anna"), "Neues Passwort für das Lieferantenportal");
        assertThat(Mailbox.body(mail)).contains("Ada Test Admin hat Ihnen einen Link geschickt");
    }

    private IncidentView openIncident() {
        TestOrders.Builder order = TestOrders.order("SUP-1001")
                .line(10, "NT-" + UUID.randomUUID().toString().substring(0, 6), "100", "1.85", LocalDate.now().plusDays(20));
        actors.asSystem(() -> orders.receive(order.build()));
        return actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant("acme-metals").id(), Severity.CRITICAL,
                "Burr on bore edge", "Burrs found on 12 of 200 brackets at incoming inspection.", null, order.number(), 10,
                null, "L-2026-11", new BigDecimal("12"), "pcs", Map.of())));
    }

    private static String germanTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.GERMAN)
                .withZone(zone).format(at);
    }

    private static String englishTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(ZoneId.of("UTC")).format(at);
    }

    private static String uniqueEmail() {
        return "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private People people() {
        return new People(users, actors);
    }
}
