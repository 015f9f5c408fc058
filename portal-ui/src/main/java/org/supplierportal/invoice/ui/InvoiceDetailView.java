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
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;

/** One invoice: amounts, order, where it stands, why it is blocked, and each state it went through. */
@Route("invoices/:id")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class InvoiceDetailView extends DetailPage<InvoiceView> {

    private final InvoiceQueries invoices;
    private final boolean supplier;

    InvoiceDetailView(InvoiceQueries invoices, CurrentUsers currentUsers) {
        super("id", I18NProvider.translate("invoices.column.invoice"), InvoiceNotFoundException.class);
        this.invoices = invoices;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
    }

    @Override
    protected InvoiceView find(String id) {
        return invoices.find(UUID.fromString(id));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String id) {
        showMissing(getTranslation("invoice.missing.title"), getTranslation("invoice.missing.text"), getTranslation("invoice.missing.back"), "invoices");
    }

    @Override
    protected void show(InvoiceView invoice, QueryParameters query) {
        String title = getTranslation("invoice.title", invoice.displayNumber());
        setPageTitle(title);
        add(new ViewHeader(title, getTranslation("invoice.subtitle", supplier ? "" : invoice.supplierName() + " · ",
                UserFormats.dateTime(invoice.updatedAt()))));
        addStatus("invoice-status", InvoicesView.badge(invoice));
        if (invoice.status() == InvoiceStatus.BLOCKED) {
            Paragraph reason = new Paragraph(getTranslation("invoice.blocked", invoice.blockReason() == null
                    ? getTranslation("invoice.blocked.noReason") : Explanations.translate(invoice.blockReason()))
                    + (supplier ? " " + getTranslation("invoice.blocked.supplier") : ""));
            reason.setId("block-reason");
            reason.addClassName("problem-box");
            add(reason);
        }
        Div facts = new Div();
        facts.addClassNames("card", "compare");
        facts.setId("invoice-facts");
        Facts.row(facts, getTranslation("invoice.field.number"), Facts.dash(invoice.invoiceNumber()));
        Facts.row(facts, getTranslation("invoice.field.erpDocument"), Facts.dash(invoice.erpNumber()));
        Facts.row(facts, getTranslation("invoices.column.order"), invoice.orderNumber() == null ? "—" : getTranslation("asn.orders", invoice.orderNumber()));
        Facts.row(facts, getTranslation("invoices.column.invoiceDate"), invoice.invoiceDate() == null ? "—" : UserFormats.date(invoice.invoiceDate()));
        Facts.row(facts, getTranslation("invoices.column.amount"), invoice.totalAmount() == null ? "—" : UserFormats.money(invoice.totalAmount(), invoice.currency()));
        if (invoice.status() == InvoiceStatus.PAID) {
            Facts.row(facts, getTranslation("invoice.field.paidOn"), invoice.paidOn() == null ? "—" : UserFormats.date(invoice.paidOn()));
            Facts.row(facts, getTranslation("invoice.field.paymentReference"), Facts.dash(invoice.paymentReference()));
        }
        if (invoice.orderId() != null) {
            facts.add(new Div(), new Anchor("orders/" + invoice.orderId(), getTranslation("invoice.openOrder", invoice.orderNumber())));
        }
        Grid<InvoiceView.Change> history = new Grid<>();
        history.setId("invoice-history");
        history.addColumn(change -> UserFormats.dateTime(change.at())).setHeader(getTranslation("invoice.history.when")).setAutoWidth(true);
        history.addColumn(change -> InvoicesView.statusLabel(change.status())).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        history.addColumn(change -> change.reason() == null ? "" : Explanations.translate(change.reason())).setHeader(getTranslation("invoice.history.why")).setFlexGrow(1);
        history.setItems(invoice.history().reversed());
        history.setAllRowsVisible(true);
        Div historyCard = new Div(new H2(getTranslation("invoice.history")), history);
        historyCard.addClassName("card");
        add(facts, historyCard);
    }
}
