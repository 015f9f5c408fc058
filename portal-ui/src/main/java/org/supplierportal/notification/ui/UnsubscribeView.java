package org.supplierportal.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.notification.NotificationType;
import org.supplierportal.notification.Unsubscriptions;

/**
 * Where an e-mail's unsubscribe link leads: one click, no log-in; the link's signature says whose e-mails of which
 * type stop. The page is built by the browser's JavaScript, so a mail scanner fetching the link unsubscribes nobody.
 */
@Route(value = "unsubscribe/:token", autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Unsubscriptions unsubscriptions;
    private final NotificationTexts texts;
    private final Div card = new Div();

    UnsubscribeView(Unsubscriptions unsubscriptions, NotificationTexts texts) {
        this.unsubscriptions = unsubscriptions;
        this.texts = texts;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<NotificationType> stopped = unsubscriptions.unsubscribe(event.getRouteParameters().get("token").orElse(""));
        card.removeAll();
        Div brand = new Div(new H1(texts.get("ui.unsubscribe.title")));
        brand.addClassName("login-brand");
        Paragraph outcome = new Paragraph(stopped.map(type -> texts.get("ui.unsubscribe.done", texts.typeName(type)))
                .orElseGet(() -> texts.get("ui.unsubscribe.invalid")));
        outcome.setId(stopped.isPresent() ? "unsubscribed" : "unsubscribe-problem");
        if (stopped.isEmpty()) {
            outcome.addClassName("login-problem");
        }
        Button portal = new Button(texts.get("ui.unsubscribe.login"), click -> UI.getCurrent().navigate(""));
        card.add(brand, outcome, portal);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", texts.get("ui.unsubscribe.title"));
    }
}
