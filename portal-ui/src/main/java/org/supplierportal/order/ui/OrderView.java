package org.supplierportal.order.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.supplierportal.audit.AuditRecord;
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
        super("orderId", "Purchase order", OrderNotFoundException.class);
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
        setPageTitle("PO " + summary.number());
        boolean supplier = user.hasRole(Role.SUPPLIER_USER);
        boolean toAnswer = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.AWAITING_ANSWER);
        boolean counters = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.COUNTER_PROPOSED);

        Button answer = new Button(counters && !toAnswer ? "Respond to the buyer" : "Acknowledge",
                VaadinIcon.CHECK_SQUARE_O.create(), click -> UI.getCurrent().navigate("orders/" + summary.id() + "/acknowledge"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("acknowledge");
        answer.setVisible(supplier && (toAnswer || counters));
        add(new RouterLink("All orders", OrdersView.class),
                new ViewHeader("PO " + summary.number(), "Revision " + summary.revision() + " · " + summary.status().label(), answer));
        if (supplier && summary.status() == OrderStatus.CHANGED) {
            add(changedBanner(orders.changesSinceLastAnswer(summary.id())));
        }
        if (summary.isOverdue(clock.instant())) {
            Div overdue = new Div(new H2("Acknowledgment overdue"),
                    new Paragraph("It was due " + UserFormats.dateTime(summary.ackDueAt()) + ". "
                            + (supplier ? "Please acknowledge it now; the buyer has been told." : "The supplier has not answered yet.")));
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
        tabs.add("Lines", new OrderLinesGrid(detail.lines(), summary.currency()));
        RevisionComparison changes = orders.changesSinceLastAnswer(summary.id());
        tabs.add("Changes" + (changes.isEmpty() ? "" : " (" + changes.changes().size() + ")"), changesTab(changes));
        tabs.add("Revisions (" + detail.revisions().size() + ")", revisions(detail.revisions()));
        contributedTabs.forEach(contributed -> contributed.create(summary.id().value())
                .ifPresent(tab -> tabs.add(tab.label(), tab.content())));
        tabs.add("History", history(auditLog.trailOf("PurchaseOrder", summary.id().toString())));
        tabs.setId("order-tabs");
        return tabs;
    }

    private static Component changedBanner(RevisionComparison changes) {
        Div banner = new Div(new H2("Changed since you answered revision " + changes.fromRevision()),
                new Paragraph("The buyer changed " + changes.changes().size() + (changes.changes().size() == 1 ? " thing" : " things")
                        + ". Changed lines need your answer again; the others keep what you agreed."),
                new ChangeGrid(changes.changes()));
        banner.addClassNames("banner", "banner-warning");
        banner.setId("changed-banner");
        return banner;
    }

    private static Component changesTab(RevisionComparison changes) {
        if (changes.isEmpty()) {
            return new Paragraph("No changes: this is the revision " + (changes.toRevision() <= 1 ? "the order was placed with." : "you last saw."));
        }
        Div tab = new Div(new Paragraph("From revision " + changes.fromRevision() + " to revision " + changes.toRevision() + ":"),
                new ChangeGrid(changes.changes()));
        tab.setId("changes");
        return tab;
    }

    private static Grid<RevisionSummary> revisions(List<RevisionSummary> revisions) {
        Grid<RevisionSummary> grid = new Grid<>();
        grid.setId("revisions");
        grid.addColumn(RevisionSummary::revision).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(revision -> UserFormats.dateTime(revision.receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(revision -> revision.revision() == 1 ? "Order placed" : revision.changeCount() + " changes")
                .setHeader("What").setFlexGrow(1);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<AuditRecord> history(List<AuditRecord> trail) {
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> UserFormats.dateTime(entry.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::summary).setHeader("What").setFlexGrow(1);
        grid.setItems(trail);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nothing has happened to this order yet.");
        return grid;
    }
}
