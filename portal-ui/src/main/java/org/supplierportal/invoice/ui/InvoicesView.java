package org.supplierportal.invoice.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.invoice.InvoiceFilter;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Invoices and where each stands at the customer: a supplier's own, a buyer's across suppliers; {@code ?status=BLOCKED}
 * opens it filtered.
 */
@Route("invoices")
@Menu(title = "Invoices", order = 19, icon = "vaadin:invoice")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class InvoicesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvoiceQueries invoices;
    private final boolean supplier;
    private final ComboBox<InvoiceStatus> status = new ComboBox<>();
    private final TextField search = TextLimits.limit(new TextField(), 100);
    private final Grid<InvoiceView> grid = new Grid<>();
    private final Div empty = new Div();

    InvoicesView(InvoiceQueries invoices, CurrentUsers currentUsers) {
        this.invoices = invoices;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
        add(new ViewHeader(getTranslation("menu.invoices"),
                getTranslation(supplier ? "invoices.description.supplier" : "invoices.description.crossTenant")));
        status.setItems(InvoiceStatus.values());
        status.setItemLabelGenerator(InvoicesView::statusLabel);
        status.setPlaceholder(getTranslation("invoices.filter.anyStatus"));
        status.setClearButtonVisible(true);
        status.setId("invoice-status-filter");
        search.setPlaceholder(getTranslation("invoices.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        search.setId("invoice-search");
        status.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.addClassName("filters");
        configureGrid();
        add(filters, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").ifPresent(value -> {
            try {
                status.setValue(InvoiceStatus.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                status.clear();
            }
        });
        refresh();
    }

    private void configureGrid() {
        grid.setId("invoices");
        grid.addColumn(InvoiceView::displayNumber).setHeader(getTranslation("invoices.column.invoice")).setAutoWidth(true);
        if (!supplier) {
            grid.addColumn(InvoiceView::supplierName).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        grid.addColumn(invoice -> invoice.orderNumber() == null ? "" : getTranslation("asn.orders", invoice.orderNumber())).setHeader(getTranslation("invoices.column.order")).setAutoWidth(true);
        grid.addColumn(invoice -> UserFormats.date(invoice.invoiceDate())).setHeader(getTranslation("invoices.column.invoiceDate")).setAutoWidth(true);
        grid.addColumn(invoice -> UserFormats.money(invoice.totalAmount(), invoice.currency())).setHeader(getTranslation("invoices.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(InvoicesView::badge).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        grid.addColumn(InvoicesView::detail).setHeader(getTranslation("invoices.column.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("invoices/" + click.getItem().id()));
    }

    private void refresh() {
        List<InvoiceView> found = invoices.search(new InvoiceFilter(status.getValue(), search.getValue()));
        grid.setItems(found);
        grid.setVisible(!found.isEmpty());
        empty.removeAll();
        if (found.isEmpty()) {
            boolean filtered = status.getValue() != null || !search.isEmpty();
            empty.add(new EmptyState(getTranslation(filtered ? "invoices.empty.filtered.title" : "invoices.empty.title"),
                    getTranslation(filtered ? "invoices.empty.filtered"
                            : supplier ? "invoices.empty.supplier" : "invoices.empty.crossTenant")));
        }
    }

    static Span badge(InvoiceView invoice) {
        return StatusBadge.of(statusLabel(invoice.status()), switch (invoice.status()) {
            case RECEIVED, IN_MATCHING -> StatusBadge.Tone.INFO;
            case BLOCKED -> StatusBadge.Tone.ERROR;
            case APPROVED -> StatusBadge.Tone.WARNING;
            case PAID -> StatusBadge.Tone.OK;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
        });
    }

    static String detail(InvoiceView invoice) {
        return switch (invoice.status()) {
            case BLOCKED -> invoice.blockReason() == null ? "" : Explanations.translate(invoice.blockReason());
            case PAID -> (invoice.paidOn() == null ? I18NProvider.translate("invoice.paid")
                    : I18NProvider.translate("invoice.paidOn", UserFormats.date(invoice.paidOn())))
                    + (invoice.paymentReference() == null ? "" : I18NProvider.translate("invoice.paymentReference", invoice.paymentReference()));
            default -> "";
        };
    }

    static String statusLabel(InvoiceStatus status) {
        return I18NProvider.translate("invoice.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.invoices"));
    }
}
