package org.supplierportal.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.shell.HomeSection;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.UserFormats;
import java.math.BigDecimal;

/** The buyer's inbox at a glance on the home page. */
@org.springframework.stereotype.Component
class BuyerInboxSection implements HomeSection {

    private final InboxQueries inbox;

    BuyerInboxSection(InboxQueries inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean isFor(CurrentUser user) {
        return user.hasRole(Role.BUYER) || user.hasRole(Role.ADMIN);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(CurrentUser user) {
        long open = inbox.count(InboxFilter.OPEN, 10_000);
        long pastDue = inbox.count(new InboxFilter(null, null, null, null, true), 10_000);
        Div cards = new Div(card("open-exceptions", open, I18NProvider.translate("home.inbox.open"), I18NProvider.translate("home.inbox.open.hint"), "", open > 0 ? "" : "calm"),
                card("past-due-exceptions", pastDue, I18NProvider.translate("home.inbox.pastDue"), I18NProvider.translate("home.inbox.pastDue.hint"), "", pastDue > 0 ? "urgent" : "calm"));
        cards.addClassName("action-cards");
        Div section = new Div(new H2(I18NProvider.translate("home.inbox")), cards);
        section.addClassName("card");
        section.setId("buyer-inbox-summary");
        return section;
    }

    private static Component card(String id, long count, String label, String hint, String query, String tone) {
        Span number = new Span(UserFormats.number(BigDecimal.valueOf(count)));
        number.addClassName("action-count");
        Span title = new Span(label);
        title.addClassName("action-label");
        Span help = new Span(hint);
        help.addClassName("action-hint");
        Anchor card = new Anchor("inbox" + query);
        card.add(number, title, help);
        card.addClassName("action-card");
        if (!tone.isEmpty()) {
            card.addClassName(tone);
        }
        card.setId(id);
        return card;
    }
}
