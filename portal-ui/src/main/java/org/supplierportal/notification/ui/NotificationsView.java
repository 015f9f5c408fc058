package org.supplierportal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.supplierportal.notification.NotificationInbox;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.notification.ReaderLocale;
import org.supplierportal.notification.NotificationView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;

/** The person's notifications behind the bell, newest first, each linking to where they act on it. */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationInbox inbox;
    private final NotificationTexts texts;
    private final LiveNotifications live;
    private final Grid<NotificationView> grid = new Grid<>();
    private final EmptyState empty;
    private Registration registration;

    NotificationsView(NotificationInbox inbox, NotificationTexts texts, LiveNotifications live) {
        this.inbox = inbox;
        this.texts = texts;
        this.live = live;
        addClassName("page");
        Button markAll = new Button(texts.get("ui.list.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), click -> markAllRead());
        markAll.setId("mark-all-read");
        add(new ViewHeader(texts.get("ui.list.title"), texts.get("ui.list.description"), markAll));
        empty = new EmptyState(texts.get("ui.list.empty.title"), texts.get("ui.list.empty.text"));

        grid.addColumn(notification -> UserFormats.dateTime(notification.createdAt())).setHeader(texts.get("ui.list.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader(texts.get("ui.list.what")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("notifications");
        add(empty, grid);
        refresh();
    }

    private Div what(NotificationView notification) {
        Anchor title = new Anchor(notification.link(), notification.title());
        title.addClassName("notification-title");
        Div text = new Div(notification.text());
        text.addClassName("notification-text");
        Div what = new Div(title, text);
        what.addClassName(notification.read() ? "notification-read" : "notification-unread");
        return what;
    }

    private com.vaadin.flow.component.Component state(NotificationView notification) {
        if (notification.read()) {
            return new Span();
        }
        Button markRead = new Button(texts.get("ui.list.markRead"), click -> {
            inbox.markRead(notification.id());
            changed();
            Confirmations.done(texts.get("ui.list.markedRead"));
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markRead.setId("mark-read-" + notification.id());
        Div state = new Div(StatusBadge.of(texts.get("ui.list.unread"), StatusBadge.Tone.INFO), markRead);
        state.addClassName("notification-state");
        return state;
    }

    private void markAllRead() {
        inbox.markAllRead();
        changed();
        Confirmations.done(texts.get("ui.list.markedAllRead"));
    }

    /** The bell of this screen (and the person's other screens) counts again. */
    private void changed() {
        refresh();
        live.changed(inbox.me());
    }

    private void refresh() {
        var notifications = inbox.latest(new ReaderLocale(getLocale(), UserFormats.timeZone()));
        grid.setItems(notifications);
        grid.setVisible(!notifications.isEmpty());
        empty.setVisible(notifications.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        registration = live.register(inbox.me(), ui, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", texts.get("ui.list.title"));
    }
}
