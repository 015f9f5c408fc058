package org.supplierportal.quality;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Tells a supplier's people of a new incident by e-mail, with what was found and when the containment is due: the
 * clock runs from the opening, so they must not learn of it only at their next log-in. Without a mail server (the
 * embedded demo) nothing is sent; the incident is on their home page either way.
 */
@Component
class IncidentMailer {

    private static final Logger log = LoggerFactory.getLogger(IncidentMailer.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final QualityQueries quality;
    private final UserAccountService users;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final String mailFrom;
    private final PortalPublicUrl publicUrl;

    IncidentMailer(ObjectProvider<JavaMailSender> mailSender, QualityQueries quality, UserAccountService users,
                   TenantService tenants, CurrentUsers currentUsers,
                   @Value("${portal.invitations.mail-from:Supplier Portal <no-reply@supplier-portal.local>}") String mailFrom,
                   PortalPublicUrl publicUrl) {
        this.mailSender = mailSender;
        this.quality = quality;
        this.users = users;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.mailFrom = mailFrom;
        this.publicUrl = publicUrl;
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
            TenantSummary supplier = tenants.find(event.tenantId()).orElseThrow();
            Set<String> recipients = new LinkedHashSet<>();
            users.listOf(event.tenantId()).stream().filter(UserSummary::active).map(UserSummary::email)
                    .filter(email -> email != null && !email.isBlank()).forEach(recipients::add);
            if (supplier.contact() != null && supplier.contact().email() != null && !supplier.contact().email().isBlank()) {
                recipients.add(supplier.contact().email());
            }
            if (recipients.isEmpty()) {
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(mailFrom);
            message.setTo(recipients.toArray(String[]::new));
            message.setSubject("Quality incident " + incident.number() + " (" + incident.severity().label().toLowerCase(Locale.ENGLISH)
                    + "): " + incident.title());
            message.setText(body(incident, supplier));
            try {
                sender.send(message);
            } catch (MailException failed) {
                log.warn("Mail about quality incident {} not sent: {}", incident.number(), failed.getMessage());
            }
        });
    }

    private String body(IncidentView incident, TenantSummary supplier) {
        StringBuilder text = new StringBuilder("Hello,\n\n").append(incident.openedBy())
                .append(" opened quality incident ").append(incident.number()).append(" against ").append(supplier.name())
                .append(":\n\n  ").append(incident.title()).append("\n  ").append(incident.defect()).append("\n\n");
        if (incident.partNumber() != null) {
            text.append("Part: ").append(incident.partNumber()).append('\n');
        }
        if (incident.orderNumber() != null) {
            text.append("PO: ").append(incident.orderNumber())
                    .append(incident.orderLineNumber() == null ? "" : ", line " + incident.orderLineNumber()).append('\n');
        }
        if (incident.lot() != null) {
            text.append("Lot: ").append(incident.lot()).append('\n');
        }
        text.append("\nPlease answer in the Supplier Portal, step by step:\n");
        for (StepView step : incident.steps()) {
            text.append("  ").append(step.kind().label()).append(" by ")
                    .append(DUE.format(step.dueAt().atZone(ZoneId.of("UTC")))).append('\n');
        }
        text.append('\n').append("Open it here: " + publicUrl.get() + "/quality/" + incident.id()).append('\n');
        return text.toString();
    }
}
