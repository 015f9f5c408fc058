package org.supplierportal.invoice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.supplierportal.invoice.InvoiceDashboard;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.shell.ActionCard;
import org.supplierportal.shell.HomeSection;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;

/** Invoices on the home page: blocked ones first, then what waits for payment. */
@org.springframework.stereotype.Component
class InvoicesSection implements HomeSection {

    private final InvoiceQueries invoices;

    InvoicesSection(InvoiceQueries invoices) {
        this.invoices = invoices;
    }

    @Override
    public boolean isFor(CurrentUser user) {
        return true;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(CurrentUser user) {
        InvoiceDashboard dashboard = invoices.dashboard();
        boolean supplier = user.hasRole(Role.SUPPLIER_USER);
        Div cards = new Div(
                ActionCard.of("invoices-blocked", dashboard.blocked(), I18NProvider.translate("home.invoices.blocked"),
                        I18NProvider.translate(supplier ? "home.invoices.blocked.supplier" : "home.invoices.blocked.crossTenant"), "invoices?status=BLOCKED",
                        dashboard.blocked() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM),
                ActionCard.of("invoices-approved", dashboard.approved(), I18NProvider.translate("home.invoices.approved"),
                        I18NProvider.translate("home.invoices.approved.hint"), "invoices?status=APPROVED", ActionCard.Tone.CALM),
                ActionCard.of("invoices-in-matching", dashboard.inMatching(), I18NProvider.translate("home.invoices.inMatching"),
                        I18NProvider.translate("home.invoices.inMatching.hint"), "invoices", ActionCard.Tone.CALM));
        cards.addClassName("action-cards");
        Div section = new Div(new H2(I18NProvider.translate("menu.invoices")), cards);
        section.addClassName("card");
        section.setId("invoices-summary");
        return section;
    }
}
