package org.supplierportal.notification.ui;

import com.vaadin.flow.component.Component;
import org.supplierportal.notification.NotificationInbox;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.shell.NavbarItem;

/** Puts the bell in every screen's header. */
@org.springframework.stereotype.Component
class BellNavbarItem implements NavbarItem {

    private final NotificationInbox inbox;
    private final NotificationTexts texts;
    private final LiveNotifications live;

    BellNavbarItem(NotificationInbox inbox, NotificationTexts texts, LiveNotifications live) {
        this.inbox = inbox;
        this.texts = texts;
        this.live = live;
    }

    @Override
    public Component create() {
        return new NotificationBell(inbox, texts, live);
    }
}
