package org.supplierportal.order.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteConfiguration;
import org.supplierportal.order.OrderFigures;
import org.supplierportal.order.SupplierDashboard;
import org.supplierportal.shell.ActionCard;
import org.supplierportal.shell.HomeSection;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;

/** The supplier's "what needs your action" on the home page; each count links into the filtered order list. */
@org.springframework.stereotype.Component
class SupplierActionsSection implements HomeSection {

    private final OrderFigures orders;

    SupplierActionsSection(OrderFigures orders) {
        this.orders = orders;
    }

    @Override
    public boolean isFor(CurrentUser user) {
        return user.hasRole(Role.SUPPLIER_USER);
    }

    @Override
    public int order() {
        return 10;
    }

    private static Component card(String id, long count, String label, String hint, String query, String tone) {
        String href = RouteConfiguration.forSessionScope().getUrl(OrdersView.class) + "?" + query;
        return ActionCard.of(id, count, label, hint, href, switch (tone) {
            case "urgent" -> ActionCard.Tone.URGENT;
            case "calm" -> ActionCard.Tone.CALM;
            default -> ActionCard.Tone.NORMAL;
        });
    }

    private static String t(String key) {
        return I18NProvider.translate(key);
    }

    @Override
    public Component create(CurrentUser user) {
        SupplierDashboard dashboard = orders.dashboard();
        Div cards = new Div(
                card("new-orders", dashboard.newOrders(), t("home.actions.new"), t("home.actions.new.hint"), "status=NEW", dashboard.newOrders() > 0 ? "" : "calm"),
                card("changed-orders", dashboard.changedOrders(), t("home.actions.changed"), t("home.actions.changed.hint"), "status=CHANGED", dashboard.changedOrders() > 0 ? "" : "calm"),
                card("overdue-orders", dashboard.overdue(), t("home.actions.overdue"), t("home.actions.overdue.hint"), "overdue=true", dashboard.overdue() > 0 ? "urgent" : "calm"),
                card("buyer-answered", dashboard.buyerAnswered(), t("home.actions.buyerAnswered"), t("home.actions.buyerAnswered.hint"), "status=ACTION_REQUIRED", dashboard.buyerAnswered() > 0 ? "" : "calm"),
                card("in-review", dashboard.inReview(), t("home.actions.inReview"), t("home.actions.inReview.hint"), "status=IN_REVIEW", "calm"));
        cards.addClassName("action-cards");
        Div section = new Div(new H2(t("home.actions.title")), cards);
        section.addClassName("card");
        section.setId("supplier-actions");
        return section;
    }
}
