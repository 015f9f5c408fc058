package org.supplierportal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a draft into notifications for its people, each once, and queues the e-mail of those who want it at once;
 * a digest's are marked for the digest. All in one transaction: the notifications and their mails exist together.
 * Without a mail server (the embedded demo) no mail is queued; the bell shows the notifications either way.
 */
@Service
class Notifier {

    private final Recipients recipients;
    private final NotificationStore store;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;

    Notifier(Recipients recipients, NotificationStore store, NotificationPreferences preferences, NotificationMails mails,
             MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, ApplicationEventPublisher events) {
        this.recipients = recipients;
        this.store = store;
        this.preferences = preferences;
        this.mails = mails;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.events = events;
    }

    @Transactional
    void deliver(NotificationDraft draft) {
        List<Recipient> people = recipients.of(draft);
        Map<UUID, Delivery> deliveries = preferences.deliveries(people.stream().map(Recipient::userId).toList(), draft.type());
        boolean mailing = mailSender.getIfAvailable() != null;
        List<UUID> told = new ArrayList<>();
        for (Recipient person : people) {
            Delivery delivery = deliveries.get(person.userId());
            boolean mailable = mailing && person.hasEmail();
            boolean added = store.add(person, draft, mailable && delivery == Delivery.DAILY_DIGEST).isPresent();
            if (!added) {
                continue; // told already: the event came a second time
            }
            told.add(person.userId());
            if (mailable && delivery == Delivery.IMMEDIATELY) {
                outbox.enqueue(person, mails.single(person, draft.type(), draft.arguments(), draft.link()));
            }
        }
        if (!told.isEmpty()) {
            events.publishEvent(new NotificationsArrived(told));
        }
    }
}
