package org.supplierportal.notification;

import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The daily digest: each person's notifications marked for it become one e-mail, in one transaction per person (the
 * mail is queued exactly when the notifications stop waiting). One node at a time composes; a node that starts while
 * another composes finds nothing left for the people done.
 */
@Component
class Digests {

    private final NotificationStore store;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final MailOutbox outbox;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transactions;

    Digests(NotificationStore store, Recipients recipients, NotificationPreferences preferences, NotificationMails mails,
            MailOutbox outbox, CurrentUsers currentUsers, TransactionTemplate transactions) {
        this.store = store;
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.outbox = outbox;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${portal.notifications.digest-cron:0 0 7 * * *}", zone = "${portal.notifications.digest-zone:UTC}")
    @SchedulerLock(name = "notifications:digest", lockAtLeastFor = "PT5S")
    public void sendScheduledDigests() {
        composeAll();
    }

    /** Queues one digest mail per person with notifications waiting; returns how many. */
    int composeAll() {
        List<UUID> people = currentUsers.runAsSystem("notification digest",
                () -> transactions.execute(status -> store.digestRecipients()));
        int composed = 0;
        for (UUID person : people) {
            Boolean queued = currentUsers.runAsSystem("notification digest",
                    () -> transactions.execute(status -> compose(person)));
            composed += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return composed;
    }

    private boolean compose(UUID person) {
        List<StoredNotification> waiting = store.takeDigest(person);
        Recipient recipient = recipients.find(person).filter(Recipient::hasEmail).orElse(null);
        if (waiting.isEmpty() || recipient == null) {
            return false; // taken by another node, or the person has no address any more
        }
        // A type the person has switched off since stays out of the mail; it is still under the bell.
        List<StoredNotification> wanted = waiting.stream().filter(notification -> preferences.deliveries(List.of(person),
                notification.type()).get(person) != Delivery.OFF).toList();
        if (wanted.isEmpty()) {
            return false;
        }
        outbox.enqueue(recipient, mails.digest(recipient, wanted));
        return true;
    }
}
