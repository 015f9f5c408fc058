package org.supplierportal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.notification.NotificationInbox;
import org.supplierportal.notification.NotificationTexts;

/** The bell in the header: the number of unread notifications, kept current while the screen is open. */
class NotificationBell extends Composite<Button> {

    private final NotificationInbox inbox;
    private final NotificationTexts texts;
    private final LiveNotifications live;
    private final Span count = new Span();
    private Registration registration;

    NotificationBell(NotificationInbox inbox, NotificationTexts texts, LiveNotifications live) {
        this.inbox = inbox;
        this.texts = texts;
        this.live = live;
        count.setId("notification-count");
        count.addClassName("notification-count");
        Button button = getContent();
        button.setIcon(VaadinIcon.BELL.create());
        button.setSuffixComponent(count);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("notification-bell");
        button.addClickListener(click -> UI.getCurrent().navigate("notifications"));
        refresh();
    }

    void refresh() {
        long unread = inbox.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread > 0 ? texts.get("ui.bell.label") + ", " + texts.get("ui.bell.unread", unread)
                : texts.get("ui.bell.label");
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        registration = live.register(inbox.me(), ui, this::refresh);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
