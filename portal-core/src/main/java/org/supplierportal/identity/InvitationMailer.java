package org.supplierportal.identity;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.supplierportal.tenant.RuleText;

/**
 * Sends invitation links through the configured SMTP server ({@code spring.mail.*}), worded by
 * {@link InvitationWording} in UTF-8 (German, French, Spanish and Chinese need more than ASCII). Without a server
 * (the embedded demo), nothing is sent and the admin's screen shows the link to pass on instead.
 */
@Component
class InvitationMailer {

    /** How a sending went: mailed, or not, with the reason for the admin (a rules-bundle text, in their language). */
    record Outcome(boolean mailed, RuleText problem) {
    }

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final InvitationProperties properties;
    private final InvitationWording wording;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, InvitationProperties properties, InvitationWording wording) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.wording = wording;
    }

    Outcome send(InvitationLetter letter) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return new Outcome(false, RuleText.of("identityRule.noMailServer"));
        }
        try {
            sender.send(message(sender, letter));
            return new Outcome(true, null);
        } catch (MailException | MessagingException failed) {
            log.warn("Invitation to {} not sent: {}", letter.email(), failed.getMessage());
            return new Outcome(false, RuleText.of("identityRule.mailNotAccepted", failed.getMessage()));
        }
    }

    private MimeMessage message(JavaMailSender sender, InvitationLetter letter) throws MessagingException {
        InvitationWording.MailText text = wording.word(letter);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(new InternetAddress(properties.mailFrom()));
        helper.setTo(letter.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        return message;
    }
}
