package org.supplierportal.invoice.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.supplierportal.invoice.InvoiceQueries;
import org.supplierportal.invoice.InvoiceView;
import org.supplierportal.order.OrderId;
import org.supplierportal.shell.OrderTab;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** The invoices of a purchase order, on the order's page. */
@org.springframework.stereotype.Component
class OrderInvoicesTab implements OrderTab {

    private final InvoiceQueries invoices;

    OrderInvoicesTab(InvoiceQueries invoices) {
        this.invoices = invoices;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Tab> create(UUID orderId) {
        List<InvoiceView> found = invoices.ofOrder(new OrderId(orderId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Grid<InvoiceView> grid = new Grid<>();
        grid.setId("order-invoices");
        grid.addColumn(InvoiceView::displayNumber).setHeader(I18NProvider.translate("invoices.column.invoice")).setAutoWidth(true);
        grid.addColumn(invoice -> UserFormats.date(invoice.invoiceDate())).setHeader(I18NProvider.translate("invoices.column.invoiceDate")).setAutoWidth(true);
        grid.addColumn(invoice -> UserFormats.money(invoice.totalAmount(), invoice.currency())).setHeader(I18NProvider.translate("invoices.column.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(InvoicesView::badge).setHeader(I18NProvider.translate("orders.column.status")).setAutoWidth(true);
        grid.addColumn(InvoicesView::detail).setHeader(I18NProvider.translate("invoices.column.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("invoices/" + click.getItem().id()));
        return Optional.of(new Tab(I18NProvider.translate("invoice.orderTab", found.size()), grid));
    }
}
