package org.supplierportal.identity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation links through the configured SMTP server ({@code spring.mail.*}). Without one (the embedded
 * demo), nothing is sent and the admin's screen shows the link to pass on instead.
 */
@Component
class InvitationMailer {

    /** How a sending went: mailed, or not, with the reason for the admin. */
    record Outcome(boolean mailed, String problem) {
    }

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final InvitationProperties properties;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, InvitationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    Outcome send(Invitation invitation, String companyName, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new Outcome(false, "No mail server is configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(invitation.email());
        message.setSubject(invitation.purpose() == Invitation.Purpose.PASSWORD_RESET
                ? "Set a new password for the Supplier Portal"
                : "You are invited to the Supplier Portal" + (companyName == null ? "" : " for " + companyName));
        message.setText(body(invitation, companyName, link));
        try {
            sender.send(message);
            return new Outcome(true, null);
        } catch (MailException failed) {
            log.warn("Invitation to {} not sent: {}", invitation.email(), failed.getMessage());
            return new Outcome(false, "The mail server did not accept the message (" + failed.getMessage() + ")");
        }
    }

    private static String body(Invitation invitation, String companyName, String link) {
        String expiry = EXPIRY.format(invitation.expiresAt().atZone(ZoneId.of("UTC")));
        String purpose = invitation.purpose() == Invitation.Purpose.PASSWORD_RESET
                ? invitation.invitedBy() + " sent you a link to set a new password for the Supplier Portal."
                : invitation.invitedBy() + " invited you to the Supplier Portal as " + invitation.role().label().toLowerCase(Locale.ENGLISH)
                  + (companyName == null ? "" : " for " + companyName) + ".";
        return """
                Hello %s,

                %s

                Choose your password here:
                %s

                The link works once, until %s. Your login is your e-mail address, %s.
                If you did not expect this message, you can ignore it.
                """.formatted(invitation.displayName(), purpose, link, expiry, invitation.email());
    }
}
