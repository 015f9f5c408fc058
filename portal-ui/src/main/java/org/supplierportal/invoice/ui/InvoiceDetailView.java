package org.supplierportal.invoice.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.invoice.InvoiceNotFoundException;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** One invoice: amounts, order, where it stands, why it is blocked, and each state it went through. */
@Route("invoices/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class InvoiceDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvoiceQueries invoices;
    private final boolean supplier;
    private String title = "Invoice";

    InvoiceDetailView(InvoiceQueries invoices, CurrentUsers currentUsers) {
        this.invoices = invoices;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(invoices.find(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (InvoiceNotFoundException | IllegalArgumentException missing) {
            add(new EmptyState("No such invoice", "This invoice does not exist, or is not one you may see.",
                    new Button("All invoices", click -> UI.getCurrent().navigate("invoices"))));
        }
    }

    private void show(InvoiceView invoice) {
        title = "Invoice " + invoice.displayNumber();
        add(new ViewHeader(title, (supplier ? "" : invoice.supplierName() + " · ") + "as the ERP reported it "
                + UserFormats.dateTime(invoice.updatedAt())));
        Div status = new Div(InvoicesView.badge(invoice));
        status.setId("invoice-status");
        add(status);
        if (invoice.status() == InvoiceStatus.BLOCKED) {
            Paragraph reason = new Paragraph("Blocked: " + (invoice.blockReason() == null ? "no reason given" : invoice.blockReason())
                    + (supplier ? " Your customer's buyer is asked to clear it; a credit note or corrected invoice settles it." : ""));
            reason.setId("block-reason");
            reason.addClassName("problem-box");
            add(reason);
        }
        Div facts = new Div();
        facts.addClassNames("card", "compare");
        facts.setId("invoice-facts");
        Facts.row(facts, "Invoice number", Facts.dash(invoice.invoiceNumber()));
        Facts.row(facts, "ERP document", Facts.dash(invoice.erpNumber()));
        Facts.row(facts, "Order", invoice.orderNumber() == null ? "—" : "PO " + invoice.orderNumber());
        Facts.row(facts, "Invoice date", invoice.invoiceDate() == null ? "—" : UserFormats.date(invoice.invoiceDate()));
        Facts.row(facts, "Amount", invoice.totalAmount() == null ? "—" : UserFormats.money(invoice.totalAmount(), invoice.currency()));
        if (invoice.status() == InvoiceStatus.PAID) {
            Facts.row(facts, "Paid on", invoice.paidOn() == null ? "—" : UserFormats.date(invoice.paidOn()));
            Facts.row(facts, "Payment reference", Facts.dash(invoice.paymentReference()));
        }
        if (invoice.orderId() != null) {
            facts.add(new Div(), new Anchor("orders/" + invoice.orderId(), "Open PO " + invoice.orderNumber()));
        }
        Grid<InvoiceView.Change> history = new Grid<>();
        history.setId("invoice-history");
        history.addColumn(change -> UserFormats.dateTime(change.at())).setHeader("When").setAutoWidth(true);
        history.addColumn(change -> change.status().label()).setHeader("Status").setAutoWidth(true);
        history.addColumn(change -> change.reason() == null ? "" : change.reason()).setHeader("Why").setFlexGrow(1);
        history.setItems(invoice.history().reversed());
        history.setAllRowsVisible(true);
        Div historyCard = new Div(new H2("History"), history);
        historyCard.addClassName("card");
        add(facts, historyCard);
    }
}
