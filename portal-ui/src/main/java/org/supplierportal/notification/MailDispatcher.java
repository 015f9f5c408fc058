package org.supplierportal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Sends the waiting notification e-mails, on every node: each mail is claimed ({@link MailOutbox#claimNext}) just
 * before it is sent, so nodes share the work without a lock and never send one mail twice. One claim covers one
 * sending, never a batch: a slow mail server would stretch a batch past the lease, and another node would then send
 * its last mails again. A mail the server refuses or a server that is down leaves the mail waiting for its next
 * attempt. Only the scheduler sends, so a node sends one mail at a time.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final CurrentUsers currentUsers;
    private final String mailFrom;

    MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, CurrentUsers currentUsers,
                   @Value("${portal.notifications.mail-from:${portal.invitations.mail-from:Supplier Portal <no-reply@supplier-portal.local>}}")
                   String mailFrom) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.currentUsers = currentUsers;
        this.mailFrom = mailFrom;
    }

    /**
     * Sends what is due now, until a mail fails (the server is most likely down: the rest waits for the next sweep
     * rather than each mail waiting out its own timeouts); returns how many went out.
     */
    @Scheduled(initialDelayString = "${portal.notifications.mail-sweep-interval:PT5S}",
            fixedDelayString = "${portal.notifications.mail-sweep-interval:PT5S}")
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        return currentUsers.runAsSystem("notification mail", () -> {
            int sent = 0;
            Optional<MailOutbox.Claimed> claimed;
            while ((claimed = outbox.claimNext()).isPresent()) {
                MailOutbox.Claimed mail = claimed.get();
                try {
                    sender.send(message(sender, mail));
                } catch (MailException | MessagingException failed) {
                    log.warn("Notification mail to {} not sent (attempt {}), tried again later: {}", mail.email(),
                            mail.attempts() + 1, failed.getMessage());
                    outbox.failed(mail.id(), mail.attempts(), failed.getMessage());
                    break;
                }
                outbox.sent(mail.id());
                sent++;
            }
            return sent;
        });
    }

    private MimeMessage message(JavaMailSender sender, MailOutbox.Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(new InternetAddress(mailFrom));
        helper.setTo(mail.email());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.unsubscribeUrl() != null) {
            // Mail programs show their own unsubscribe button, which opens the same link.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        }
        return message;
    }
}
