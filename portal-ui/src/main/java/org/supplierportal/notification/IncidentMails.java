package org.supplierportal.notification;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.Contact;
import org.supplierportal.tenant.TenantService;

/**
 * Tells a supplier's people of a new incident by e-mail, with what was found and when the containment is due: the
 * clock runs from the opening, so they must not learn of it only at their next log-in. Not a notification a person
 * can turn off, so outside the outbox and preferences; but written like one, one mail per person in the language and
 * time zone they chose (English and UTC if they chose none). The supplier's contact address, when it is nobody's
 * login, reads English and UTC too: no one chose for it. Without a mail server (the embedded demo) nothing is sent;
 * the incident is on their home page either way.
 */
@Component
class IncidentMails {

    private static final Logger log = LoggerFactory.getLogger(IncidentMails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final QualityQueries quality;
    private final Recipients recipients;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final IncidentMailText text;
    private final String mailFrom;

    IncidentMails(ObjectProvider<JavaMailSender> mailSender, QualityQueries quality, Recipients recipients,
                  TenantService tenants, CurrentUsers currentUsers, IncidentMailText text,
                  @Value("${portal.notifications.mail-from:${portal.invitations.mail-from:Supplier Portal <no-reply@supplier-portal.local>}}")
                  String mailFrom) {
        this.mailSender = mailSender;
        this.quality = quality;
        this.recipients = recipients;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.text = text;
        this.mailFrom = mailFrom;
    }

    @Async
    @TransactionalEventListener
    void on(QualityEvents.IncidentOpened event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        currentUsers.runAsSystem("incident mail", () -> {
            IncidentView incident = quality.find(event.incidentId());
            for (Reader reader : readers(event)) {
                send(sender, reader.email(), text.write(reader.locale(), reader.name(), incident), incident.number());
            }
        });
    }

    /** Who reads it: the supplier's active people with an address, and its contact address if it is none of theirs. */
    private List<Reader> readers(QualityEvents.IncidentOpened event) {
        List<Reader> readers = new ArrayList<>();
        recipients.ofSupplier(event.tenantId()).stream().filter(Recipient::hasEmail)
                .forEach(person -> readers.add(new Reader(person.email(), person.displayName(), person.reader())));
        Contact contact = tenants.find(event.tenantId()).orElseThrow().contact();
        if (contact != null && contact.email() != null && !contact.email().isBlank()
                && readers.stream().noneMatch(reader -> reader.email().equalsIgnoreCase(contact.email().strip()))) {
            readers.add(new Reader(contact.email().strip(), contact.name(), ReaderLocale.DEFAULT));
        }
        return readers;
    }

    private void send(JavaMailSender sender, String to, MailContent mail, String incidentNumber) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(new InternetAddress(mailFrom));
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
        } catch (MailException | MessagingException failed) {
            log.warn("Mail to {} about quality incident {} not sent: {}", to, incidentNumber, failed.getMessage());
        }
    }

    private record Reader(String email, String name, ReaderLocale locale) {
    }
}
