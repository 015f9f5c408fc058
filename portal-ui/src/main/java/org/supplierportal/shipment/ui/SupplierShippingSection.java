package org.supplierportal.shipment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.supplierportal.shell.ActionCard;
import org.supplierportal.shell.HomeSection;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.ShippingDashboard;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;

/** The supplier's shipping to-dos on the home page: what is due to ship, what is on the way. */
@org.springframework.stereotype.Component
class SupplierShippingSection implements HomeSection {

    private final AsnQueries asns;

    SupplierShippingSection(AsnQueries asns) {
        this.asns = asns;
    }

    @Override
    public boolean isFor(CurrentUser user) {
        return user.hasRole(Role.SUPPLIER_USER);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(CurrentUser user) {
        ShippingDashboard dashboard = asns.dashboard();
        Div cards = new Div(
                ActionCard.of("due-to-ship", dashboard.dueThisWeek(), I18NProvider.translate("home.shipping.due"),
                        I18NProvider.translate("home.shipping.due.hint"), "shipments/new",
                        dashboard.dueThisWeek() > 0 ? ActionCard.Tone.NORMAL : ActionCard.Tone.CALM),
                ActionCard.of("on-the-way", dashboard.onTheWay(), I18NProvider.translate("home.shipping.onTheWay"),
                        I18NProvider.translate("home.shipping.onTheWay.hint"),
                        "shipments", ActionCard.Tone.CALM));
        cards.addClassName("action-cards");
        Div section = new Div(new H2(I18NProvider.translate("home.shipping")), cards);
        section.addClassName("card");
        section.setId("supplier-shipping");
        return section;
    }
}
