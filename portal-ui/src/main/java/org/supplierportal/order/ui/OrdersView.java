package org.supplierportal.order.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderSort;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * The order list: lazy (the database pages, filters and sorts, with indexes), filterable by status, overdue, order
 * date and PO or part number, with the filter in the address so the dashboard can link into it and a user can
 * bookmark it; exports what it shows as CSV.
 */
@Route("orders")
@PageTitle("Purchase orders | Supplier Portal")
@Menu(title = "Purchase orders", order = 10, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class OrdersView extends Main implements BeforeEnterObserver {

    static final int COUNT_CAP = 10_000;

    private final OrderQueries orders;
    private final Clock clock;
    private final boolean crossTenant;
    private final Map<java.util.UUID, String> supplierNames = new HashMap<>();

    private final MultiSelectComboBox<OrderStatus> status = new MultiSelectComboBox<>("Status");
    private final Checkbox overdue = new Checkbox("Only overdue acknowledgments");
    private final DatePicker from = new DatePicker("Ordered from");
    private final DatePicker to = new DatePicker("Ordered until");
    private final TextField search = TextLimits.limit(new TextField("PO or part number"), 100);
    private final ComboBox<TenantSummary> supplier = new ComboBox<>("Supplier");
    private final Span count = new Span();
    private final Grid<OrderSummary> grid = new Grid<>();
    private boolean applyingLocation;

    OrdersView(OrderQueries orders, TenantService tenants, CurrentUsers currentUsers, Clock clock) {
        this.orders = orders;
        this.clock = clock;
        CurrentUser user = currentUsers.require();
        this.crossTenant = user.isCrossTenant();
        addClassName("page");
        setId("orders-view");
        getStyle().set("max-width", "none");

        DownloadHandler csv = event -> {
            event.setFileName("purchase-orders-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                orders.exportCsv(filter(), OrderSort.ORDER_DATE_DESC, writer);
            }
        };
        Anchor export = new Anchor(csv, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export CSV"));
        export.setId("export-csv");
        export.addClassName("export-link");
        add(new ViewHeader("Purchase orders", crossTenant
                ? "Every supplier's purchase orders. Filter, open one to see its lines and history."
                : "Your customer's purchase orders to " + user.tenantName() + ". Open one to acknowledge it.", export));

        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(OrderStatus::label);
        status.setId("filter-status");
        status.setWidth("18rem");
        search.setId("filter-search");
        search.setPlaceholder("e.g. 45000 or BR-4711");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        overdue.setId("filter-overdue");
        from.setId("filter-from");
        to.setId("filter-to");
        Div filters = new Div(search, status, from, to, overdue);
        if (crossTenant) {
            List<TenantSummary> all = tenants.listAll();
            all.forEach(tenant -> supplierNames.put(tenant.id().value(), tenant.name()));
            supplier.setItems(all);
            supplier.setItemLabelGenerator(TenantSummary::name);
            supplier.setClearButtonVisible(true);
            supplier.setId("filter-supplier");
            filters.addComponentAsFirst(supplier);
        }
        filters.addClassName("filter-bar");
        count.addClassName("list-count");
        count.setId("order-count");
        add(filters, count);

        configureGrid();
        add(grid);

        status.addValueChangeListener(event -> filtersChanged());
        overdue.addValueChangeListener(event -> filtersChanged());
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        search.addValueChangeListener(event -> filtersChanged());
        supplier.addValueChangeListener(event -> filtersChanged());
    }

    private void configureGrid() {
        grid.setId("orders");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrderSummary::number).setHeader("PO").setKey("number").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(order -> order.revision()).setHeader("Rev.").setAutoWidth(true).setFlexGrow(0);
        if (crossTenant) {
            grid.addColumn(order -> supplierNames.getOrDefault(order.tenantId().value(), "")).setHeader("Supplier").setAutoWidth(true);
        }
        grid.addColumn(order -> UserFormats.date(order.orderDate())).setHeader("Ordered").setKey("orderDate").setSortable(true).setAutoWidth(true);
        grid.addColumn(OrderSummary::buyerName).setHeader("Buyer").setAutoWidth(true);
        grid.addColumn(OrderSummary::lineCount).setHeader("Lines").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(order -> UserFormats.money(order.totalAmount(), order.currency())).setHeader("Total")
                .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(order -> UserFormats.date(order.firstRequestedDate())).setHeader("First delivery")
                .setKey("requested").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(order -> OrderBadges.of(order.status())).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader("Acknowledge by").setKey("due").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText("No orders match these filters. Clear a filter to see more.");
        grid.addItemClickListener(event -> UI.getCurrent().navigate(OrderView.class,
                new com.vaadin.flow.router.RouteParameters("orderId", event.getItem().id().toString())));
        grid.setHeight("32rem");
    }

    private Span due(OrderSummary order) {
        if (!order.status().awaitsSupplier() || order.status() == OrderStatus.ACTION_REQUIRED || order.ackDueAt() == null) {
            return new Span();
        }
        Span due = new Span(UserFormats.dateTime(order.ackDueAt()));
        if (order.isOverdue(clock.instant())) {
            due.setText(due.getText() + " (overdue)");
            due.addClassName("overdue");
        }
        return due;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyingLocation = true;
        try {
            status.setValue(statuses(first(parameters, "status")));
            overdue.setValue("true".equals(first(parameters, "overdue")));
            from.setValue(date(first(parameters, "from")));
            to.setValue(date(first(parameters, "to")));
            search.setValue(first(parameters, "q") == null ? "" : first(parameters, "q"));
        } finally {
            applyingLocation = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (applyingLocation) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (!status.getValue().isEmpty()) {
            query.put("status", String.join(",", status.getValue().stream().map(Enum::name).sorted().toList()));
        }
        if (overdue.getValue()) {
            query.put("overdue", "true");
        }
        if (from.getValue() != null) {
            query.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            query.put("to", to.getValue().toString());
        }
        if (!search.getValue().isBlank()) {
            query.put("q", search.getValue().strip());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("orders", QueryParameters.simple(query)));
        refresh();
    }

    private void refresh() {
        OrderFilter filter = filter();
        grid.setItems(query -> orders.search(filter, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit()).stream());
        long matching = orders.count(filter, COUNT_CAP);
        count.setText(matching > COUNT_CAP ? String.format("%,d+ orders", COUNT_CAP)
                : matching == 1 ? "1 order" : String.format("%,d orders", matching));
        boolean filtered = !filter.equals(new OrderFilter(java.util.Set.of(), false, null, null, null, filter.supplier()));
        grid.setEmptyStateText(filtered ? "No orders match these filters. Clear a filter to see more."
                : "No purchase orders yet. They appear here as soon as the buyer places them in the ERP.");
    }

    private OrderFilter filter() {
        return new OrderFilter(status.getValue(), overdue.getValue(), from.getValue(), to.getValue(), search.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().id());
    }

    private static OrderSort sortOf(List<QuerySortOrder> orders) {
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

    private static Set<OrderStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        Arrays.stream(value.split(",")).map(String::strip).forEach(name -> {
            try {
                statuses.add(OrderStatus.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // An unknown status in a hand-edited address is left out rather than failing the page.
            }
        });
        return statuses;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, new ArrayList<>());
        return values.isEmpty() ? null : values.getFirst();
    }
}
