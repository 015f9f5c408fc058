package org.supplierportal.notification;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The unsubscribe link's way in: nobody is logged in, so it runs as the system, and the link's signature is the
 * only key. Switching a type off twice is the same as once.
 */
@Component
public class Unsubscriptions {

    private final UnsubscribeTokens tokens;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transactions;

    Unsubscriptions(UnsubscribeTokens tokens, Recipients recipients, NotificationPreferences preferences,
                    CurrentUsers currentUsers, TransactionTemplate transactions) {
        this.tokens = tokens;
        this.recipients = recipients;
        this.preferences = preferences;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
    }

    /** Switches off the e-mails of the link's type for its person; the type, or empty for a link that does not work. */
    public Optional<NotificationType> unsubscribe(String token) {
        return currentUsers.runAsSystem("unsubscribe link", () -> transactions.execute(status ->
                tokens.check(token).flatMap(subject -> recipients.find(subject.userId()).map(person -> {
                    preferences.set(person.userId(), person.tenantId(), subject.type(), Delivery.OFF);
                    return subject.type();
                }))));
    }
}
