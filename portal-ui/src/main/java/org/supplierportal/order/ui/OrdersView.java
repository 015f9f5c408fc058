package org.supplierportal.order.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderSort;
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
@Menu(title = "Purchase orders", order = 10, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class OrdersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int COUNT_CAP = 10_000;

    private final OrderQueries orders;
    private final OrderFilters filters;
    private final Span count = new Span();
    private final OrdersGrid grid;

    OrdersView(OrderQueries orders, TenantService tenants, CurrentUsers currentUsers, Clock clock) {
        this.orders = orders;
        CurrentUser user = currentUsers.require();
        boolean crossTenant = user.isCrossTenant();
        addClassName("page");
        setId("orders-view");
        getStyle().set("max-width", "none");

        add(new ViewHeader(getTranslation("menu.orders"), crossTenant
                ? getTranslation("orders.description.crossTenant")
                : getTranslation("orders.description.supplier", user.tenantName()), exportLink(clock)));
        List<TenantSummary> suppliers = crossTenant ? tenants.listAll() : null;
        Map<UUID, String> supplierNames = new HashMap<>();
        if (suppliers != null) {
            suppliers.forEach(tenant -> supplierNames.put(tenant.id().value(), tenant.name()));
        }
        filters = new OrderFilters(suppliers);
        count.addClassName("list-count");
        count.setId("order-count");
        grid = new OrdersGrid(crossTenant ? supplierNames : null, clock);
        add(filters, count, grid);
        filters.addChangeListener(changed -> {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location("orders", QueryParameters.simple(filters.query())));
            refresh();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    private Anchor exportLink(Clock clock) {
        DownloadHandler csv = event -> {
            event.setFileName("purchase-orders-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                orders.exportCsv(filters.filter(), OrderSort.ORDER_DATE_DESC, writer);
            }
        };
        Anchor export = new Anchor(csv, AttachmentType.DOWNLOAD, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("orders.exportCsv")));
        export.setId("export-csv");
        export.addClassName("export-link");
        return export;
    }

    private void refresh() {
        OrderFilter filter = filters.filter();
        grid.setItems(query -> orders.search(filter, OrdersGrid.sortOf(query.getSortOrders()), query.getOffset(), query.getLimit()).stream());
        long matching = orders.count(filter, COUNT_CAP);
        count.setText(matching > COUNT_CAP ? getTranslation("orders.count.capped", COUNT_CAP)
                : getTranslation("orders.count", matching));
        boolean filtered = !filter.equals(new OrderFilter(Set.of(), false, null, null, null, filter.supplier()));
        grid.setEmptyStateText(filtered ? getTranslation("orders.empty.filtered") : getTranslation("orders.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.orders"));
    }
}
