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
                ActionCard.of("invoices-blocked", dashboard.blocked(), "Invoices blocked", supplier
                        ? "Held at your customer: see why." : "Variances to clear with suppliers.", "invoices?status=BLOCKED",
                        dashboard.blocked() > 0 ? ActionCard.Tone.URGENT : ActionCard.Tone.CALM),
                ActionCard.of("invoices-approved", dashboard.approved(), "Approved, not yet paid",
                        "Waiting for the payment run.", "invoices?status=APPROVED", ActionCard.Tone.CALM),
                ActionCard.of("invoices-in-matching", dashboard.inMatching(), "Received, being checked",
                        "Matched against the order and receipts.", "invoices", ActionCard.Tone.CALM));
        cards.addClassName("action-cards");
        Div section = new Div(new H2("Invoices"), cards);
        section.addClassName("card");
        section.setId("invoices-summary");
        return section;
    }
}
