package org.supplierportal.order.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouteParameters;
import org.supplierportal.order.OrderSort;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.shell.UserFormats;

/** The order list's columns, sortable where the database has an index for it; a click opens the order. */
class OrdersGrid extends Grid<OrderSummary> {

    private final Clock clock;

    /** @param supplierNames the suppliers' names by id, for a supplier column; null for a supplier's own people */
    OrdersGrid(Map<UUID, String> supplierNames, Clock clock) {
        this.clock = clock;
        setId("orders");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(OrderSummary::number).setHeader(getTranslation("orders.column.po")).setKey("number").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(order -> order.revision()).setHeader(getTranslation("orders.column.revision")).setAutoWidth(true).setFlexGrow(0);
        if (supplierNames != null) {
            addColumn(order -> supplierNames.getOrDefault(order.tenantId().value(), "")).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        addColumn(order -> UserFormats.date(order.orderDate())).setHeader(getTranslation("orders.column.ordered")).setKey("orderDate").setSortable(true).setAutoWidth(true);
        addColumn(OrderSummary::buyerName).setHeader(getTranslation("orders.column.buyer")).setAutoWidth(true);
        addColumn(OrderSummary::lineCount).setHeader(getTranslation("orders.column.lines")).setAutoWidth(true).setFlexGrow(0);
        addColumn(order -> UserFormats.money(order.totalAmount(), order.currency())).setHeader(getTranslation("orders.column.total"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        addColumn(order -> UserFormats.date(order.firstRequestedDate())).setHeader(getTranslation("orders.column.firstDelivery"))
                .setKey("requested").setSortable(true).setAutoWidth(true);
        addComponentColumn(order -> OrderBadges.of(order.status())).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        addComponentColumn(this::due).setHeader(getTranslation("orders.column.acknowledgeBy")).setKey("due").setSortable(true).setAutoWidth(true);
        setEmptyStateText(getTranslation("orders.empty.filtered"));
        addItemClickListener(event -> UI.getCurrent().navigate(OrderView.class,
                new RouteParameters("orderId", event.getItem().id().toString())));
        setHeight("32rem");
    }

    /** The sort the database applies for the column the user sorted by; newest orders first when none. */
    static OrderSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return OrderSort.ORDER_DATE_DESC;
        }
        QuerySortOrder first = orders.getFirst();
        boolean ascending = first.getDirection() == SortDirection.ASCENDING;
        return switch (first.getSorted()) {
            case "number" -> ascending ? OrderSort.NUMBER_ASC : OrderSort.NUMBER_DESC;
            case "orderDate" -> ascending ? OrderSort.ORDER_DATE_ASC : OrderSort.ORDER_DATE_DESC;
            case "due" -> OrderSort.DUE_ASC;
            case "requested" -> OrderSort.REQUESTED_ASC;
            default -> OrderSort.ORDER_DATE_DESC;
        };
    }

    private Span due(OrderSummary order) {
        if (!order.status().awaitsSupplier() || order.status() == OrderStatus.ACTION_REQUIRED || order.ackDueAt() == null) {
            return new Span();
        }
        Span due = new Span(UserFormats.dateTime(order.ackDueAt()));
        if (order.isOverdue(clock.instant())) {
            due.setText(getTranslation("orders.overdue", due.getText()));
            due.addClassName("overdue");
        }
        return due;
    }
}
