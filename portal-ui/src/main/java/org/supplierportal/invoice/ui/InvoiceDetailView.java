package org.supplierportal.invoice.ui;

import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.invoice.InvoiceNotFoundException;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** One invoice: amounts, order, where it stands, why it is blocked, and each state it went through. */
@Route("invoices/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class InvoiceDetailView extends DetailPage<InvoiceView> {

    private final InvoiceQueries invoices;
    private final boolean supplier;

    InvoiceDetailView(InvoiceQueries invoices, CurrentUsers currentUsers) {
        super("id", "Invoice", InvoiceNotFoundException.class);
        this.invoices = invoices;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
    }

    @Override
    protected InvoiceView find(String id) {
        return invoices.find(UUID.fromString(id));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String id) {
        showMissing("No such invoice", "This invoice does not exist, or is not one you may see.", "All invoices", "invoices");
    }

    @Override
    protected void show(InvoiceView invoice, QueryParameters query) {
        String title = "Invoice " + invoice.displayNumber();
        setPageTitle(title);
        add(new ViewHeader(title, (supplier ? "" : invoice.supplierName() + " · ") + "as the ERP reported it "
                + UserFormats.dateTime(invoice.updatedAt())));
        addStatus("invoice-status", InvoicesView.badge(invoice));
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
