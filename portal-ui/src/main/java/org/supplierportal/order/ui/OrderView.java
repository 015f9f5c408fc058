package org.supplierportal.order.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderNotFoundException;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.order.RevisionComparison;
import org.supplierportal.order.RevisionSummary;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.OrderTab;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * One purchase order: header, lines with their state and agreed values, what changed since the supplier's last
 * answer, every revision, and the full history (the audit trail) that supplier and buyer both see.
 */
@Route("orders/:orderId")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class OrderView extends DetailPage<OrderDetail> {

    private final OrderQueries orders;
    private final AuditLog auditLog;
    private final TenantService tenants;
    private final Clock clock;
    private final CurrentUser user;
    private final List<OrderTab> contributedTabs;

    OrderView(OrderQueries orders, AuditLog auditLog, TenantService tenants, CurrentUsers currentUsers, Clock clock,
              List<OrderTab> contributedTabs) {
        super("orderId", I18NProvider.translate("order.title"), OrderNotFoundException.class);
        this.contributedTabs = contributedTabs.stream().sorted(Comparator.comparingInt(OrderTab::order)).toList();
        this.orders = orders;
        this.auditLog = auditLog;
        this.tenants = tenants;
        this.clock = clock;
        this.user = currentUsers.require();
        setId("order-view");
    }

    @Override
    protected OrderDetail find(String orderId) {
        return orders.detail(OrderId.of(orderId));
    }

    /** Another supplier's order looks exactly like one that does not exist. */
    @Override
    protected void missing(BeforeEnterEvent event, String orderId) {
        event.rerouteToError(NotFoundException.class);
    }

    @Override
    protected void show(OrderDetail detail, QueryParameters query) {
        OrderSummary summary = detail.summary();
        setPageTitle(getTranslation("order.heading", summary.number()));
        boolean supplier = user.hasRole(Role.SUPPLIER_USER);
        boolean toAnswer = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.AWAITING_ANSWER);
        boolean counters = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.COUNTER_PROPOSED);

        Button answer = new Button(getTranslation(counters && !toAnswer ? "order.respond" : "order.acknowledge"),
                VaadinIcon.CHECK_SQUARE_O.create(), click -> UI.getCurrent().navigate("orders/" + summary.id() + "/acknowledge"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("acknowledge");
        answer.setVisible(supplier && (toAnswer || counters));
        add(new RouterLink(getTranslation("order.allOrders"), OrdersView.class),
                new ViewHeader(getTranslation("order.heading", summary.number()), getTranslation("order.revisionAndStatus",
                        summary.revision(), getTranslation("order.status." + summary.status().name())), answer));
        if (supplier && summary.status() == OrderStatus.CHANGED) {
            add(changedBanner(orders.changesSinceLastAnswer(summary.id())));
        }
        if (summary.isOverdue(clock.instant())) {
            Div overdue = new Div(new H2(getTranslation("order.overdue.title")),
                    new Paragraph(getTranslation(supplier ? "order.overdue.supplier" : "order.overdue.buyer",
                            UserFormats.dateTime(summary.ackDueAt()))));
            overdue.addClassNames("banner", "banner-warning");
            overdue.setId("overdue-banner");
            add(overdue);
        }
        add(new OrderFacts(detail.header(), user.isCrossTenant()
                ? tenants.find(summary.tenantId()).map(TenantSummary::name).orElse("") : null));
        add(tabs(detail));
    }

    private TabSheet tabs(OrderDetail detail) {
        OrderSummary summary = detail.summary();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("order.tab.lines"), new OrderLinesGrid(detail.lines(), summary.currency()));
        RevisionComparison changes = orders.changesSinceLastAnswer(summary.id());
        tabs.add(changes.isEmpty() ? getTranslation("order.tab.changes") : getTranslation("order.tab.changes.count",
                changes.changes().size()), changesTab(changes));
        tabs.add(getTranslation("order.tab.revisions", detail.revisions().size()), revisions(detail.revisions()));
        contributedTabs.forEach(contributed -> contributed.create(summary.id().value())
                .ifPresent(tab -> tabs.add(tab.label(), tab.content())));
        tabs.add(getTranslation("order.tab.history"), new OrderHistoryGrid(auditLog.trailOf("PurchaseOrder", summary.id().toString())));
        tabs.setId("order-tabs");
        return tabs;
    }

    private static Component changedBanner(RevisionComparison changes) {
        Div banner = new Div(new H2(I18NProvider.translate("order.changed.title", changes.fromRevision())),
                new Paragraph(I18NProvider.translate("order.changed.text", changes.changes().size())),
                new ChangeGrid(changes.changes()));
        banner.addClassNames("banner", "banner-warning");
        banner.setId("changed-banner");
        return banner;
    }

    private static Component changesTab(RevisionComparison changes) {
        if (changes.isEmpty()) {
            return new Paragraph(I18NProvider.translate(changes.toRevision() <= 1 ? "order.changes.none.first" : "order.changes.none"));
        }
        Div tab = new Div(new Paragraph(I18NProvider.translate("order.changes.range", changes.fromRevision(),
                changes.toRevision())),
                new ChangeGrid(changes.changes()));
        tab.setId("changes");
        return tab;
    }

    private static Grid<RevisionSummary> revisions(List<RevisionSummary> revisions) {
        Grid<RevisionSummary> grid = new Grid<>();
        grid.setId("revisions");
        grid.addColumn(RevisionSummary::revision).setHeader(I18NProvider.translate("order.revisions.revision")).setAutoWidth(true);
        grid.addColumn(revision -> UserFormats.dateTime(revision.receivedAt())).setHeader(I18NProvider.translate("order.revisions.received")).setAutoWidth(true);
        grid.addColumn(revision -> revision.revision() == 1 ? I18NProvider.translate("order.revisions.placed")
                        : I18NProvider.translate("order.revisions.changes", revision.changeCount()))
                .setHeader(I18NProvider.translate("order.history.what")).setFlexGrow(1);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        return grid;
    }

}
