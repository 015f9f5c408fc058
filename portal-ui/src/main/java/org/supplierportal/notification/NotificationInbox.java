package org.supplierportal.notification;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The current person's own notifications, for the bell and its list. Nobody reads or marks another's: every query
 * names the person, and row-level security keeps a supplier's session to its own supplier's rows besides.
 */
@Service
public class NotificationInbox {

    /** The list shows the latest; older ones have been acted on or are in the pages they link to. */
    public static final int LIST_SIZE = 100;

    private final NotificationStore store;
    private final NotificationTexts texts;
    private final CurrentUsers currentUsers;

    NotificationInbox(NotificationStore store, NotificationTexts texts, CurrentUsers currentUsers) {
        this.store = store;
        this.texts = texts;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unreadCount(me());
    }

    /** The latest, worded in English with UTC times. */
    @Transactional(readOnly = true)
    public List<NotificationView> latest() {
        return latest(ReaderLocale.DEFAULT);
    }

    /** The latest, worded for one reader: a screen passes its language and time zone. */
    @Transactional(readOnly = true)
    public List<NotificationView> latest(ReaderLocale reader) {
        return store.latest(me(), LIST_SIZE).stream().map(stored -> new NotificationView(stored.id(), stored.type(),
                texts.title(reader, stored.type(), stored.arguments()), texts.text(reader, stored.type(), stored.arguments()),
                stored.link(), stored.createdAt(), stored.readAt() != null)).toList();
    }

    @Transactional
    public boolean markRead(UUID notificationId) {
        return store.markRead(me(), notificationId);
    }

    @Transactional
    public int markAllRead() {
        return store.markAllRead(me());
    }

    /** The person whose notifications these are; the system has none. */
    public UUID me() {
        return currentUsers.require().userId();
    }
}
