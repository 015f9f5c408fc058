package org.supplierportal.order.ui;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderHeader;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderNotFoundException;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.order.RevisionChange;
import org.supplierportal.order.RevisionComparison;
import org.supplierportal.order.RevisionSummary;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;

/**
 * One purchase order: header, lines with their state and agreed values, what changed since the supplier's last
 * answer, every revision, and the full history (the audit trail) that supplier and buyer both see.
 */
@Route("orders/:orderId")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class OrderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;
    private final AuditLog auditLog;
    private final TenantService tenants;
    private final Clock clock;
    private final CurrentUser user;
    private final java.util.List<org.supplierportal.shell.OrderTab> contributedTabs;
    private String title = "Purchase order";

    OrderView(OrderQueries orders, AuditLog auditLog, TenantService tenants, CurrentUsers currentUsers, Clock clock,
              java.util.List<org.supplierportal.shell.OrderTab> contributedTabs) {
        this.contributedTabs = contributedTabs.stream()
                .sorted(java.util.Comparator.comparingInt(org.supplierportal.shell.OrderTab::order)).toList();
        this.orders = orders;
        this.auditLog = auditLog;
        this.tenants = tenants;
        this.clock = clock;
        this.user = currentUsers.require();
        addClassName("page");
        setId("order-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OrderId id;
        try {
            id = OrderId.of(event.getRouteParameters().get("orderId").orElseThrow());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(orders.detail(id));
        } catch (OrderNotFoundException e) {
            // Another supplier's order looks exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    private void show(OrderDetail detail) {
        removeAll();
        OrderSummary summary = detail.summary();
        title = "PO " + summary.number();
        boolean supplier = user.hasRole(Role.SUPPLIER_USER);
        boolean toAnswer = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.AWAITING_ANSWER);
        boolean counters = detail.lines().stream().anyMatch(line -> line.status() == LineStatus.COUNTER_PROPOSED);

        Button answer = new Button(counters && !toAnswer ? "Respond to the buyer" : "Acknowledge",
                VaadinIcon.CHECK_SQUARE_O.create(), click -> UI.getCurrent().navigate("orders/" + summary.id() + "/acknowledge"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("acknowledge");
        answer.setVisible(supplier && (toAnswer || counters));
        RouterLink back = new RouterLink("All orders", OrdersView.class);
        ViewHeader header = new ViewHeader("PO " + summary.number(), "Revision " + summary.revision() + " · "
                + summary.status().label(), answer);
        add(back, header);

        if (supplier && summary.status() == OrderStatus.CHANGED) {
            add(changedBanner(orders.changesSinceLastAnswer(summary.id()), summary));
        }
        if (summary.isOverdue(clock.instant())) {
            Div overdue = new Div(new H2("Acknowledgment overdue"),
                    new Paragraph("It was due " + UserFormats.dateTime(summary.ackDueAt()) + ". "
                            + (supplier ? "Please acknowledge it now; the buyer has been told." : "The supplier has not answered yet.")));
            overdue.addClassNames("banner", "banner-warning");
            overdue.setId("overdue-banner");
            add(overdue);
        }
        add(facts(detail.header()));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Lines", lines(detail.lines(), summary.currency()));
        RevisionComparison changes = orders.changesSinceLastAnswer(summary.id());
        tabs.add("Changes" + (changes.isEmpty() ? "" : " (" + changes.changes().size() + ")"), changesTab(changes));
        tabs.add("Revisions (" + detail.revisions().size() + ")", revisions(detail.revisions()));
        contributedTabs.forEach(contributed -> contributed.create(summary.id().value())
                .ifPresent(tab -> tabs.add(tab.label(), tab.content())));
        tabs.add("History", history(auditLog.trailOf("PurchaseOrder", summary.id().toString())));
        tabs.setId("order-tabs");
        add(tabs);
    }

    private Component changedBanner(RevisionComparison changes, OrderSummary summary) {
        Div banner = new Div(new H2("Changed since you answered revision " + changes.fromRevision()),
                new Paragraph("The buyer changed " + changes.changes().size() + (changes.changes().size() == 1 ? " thing" : " things")
                        + ". Changed lines need your answer again; the others keep what you agreed."),
                changeGrid(changes.changes()));
        banner.addClassNames("banner", "banner-warning");
        banner.setId("changed-banner");
        return banner;
    }

    private Component facts(OrderHeader header) {
        OrderSummary summary = header.summary();
        Div facts = new Div();
        facts.addClassName("facts");
        if (user.isCrossTenant()) {
            facts.add(fact("Supplier", tenants.find(summary.tenantId()).map(t -> t.name()).orElse("")));
        }
        facts.add(fact("Buyer", summary.buyerName() + (header.buyerEmail() == null ? "" : " · " + header.buyerEmail())),
                fact("Ordered", UserFormats.date(summary.orderDate())),
                fact("Total", UserFormats.money(summary.totalAmount(), summary.currency())),
                fact("Payment terms", header.paymentTerms()),
                fact("Incoterms", header.incoterms()),
                fact("Ship to", header.shipTo()));
        if (summary.status().awaitsSupplier() && summary.ackDueAt() != null) {
            facts.add(fact("Acknowledge by", UserFormats.dateTime(summary.ackDueAt())));
        }
        Div card = new Div(facts);
        card.addClassName("card");
        return card;
    }

    private Grid<OrderLineView> lines(List<OrderLineView> lines, String currency) {
        Grid<OrderLineView> grid = new Grid<>();
        grid.setId("order-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OrderLineView::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.partNumber() + (line.supplierPartNumber() == null ? "" : " / " + line.supplierPartNumber()))
                .setHeader("Part / your part").setAutoWidth(true);
        grid.addColumn(OrderLineView::description).setHeader("Description").setFlexGrow(2);
        grid.addColumn(line -> UserFormats.quantity(line.quantity(), line.unit())).setHeader("Quantity")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(line -> price(line, line.unitPrice(), currency)).setHeader("Price").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(line -> UserFormats.date(line.requestedDate())
                + (line.schedule().size() > 1 ? " (+" + (line.schedule().size() - 1) + " more)" : ""))
                .setHeader("Requested").setAutoWidth(true);
        grid.addComponentColumn(line -> OrderBadges.of(line.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(line -> agreed(line, currency)).setHeader("Agreed").setFlexGrow(2);
        // The note and schedule go in a row under each line: they are sentences, too long for a column.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(line -> {
            Div details = new Div();
            details.addClassName("line-details");
            if (line.statusNote() != null) {
                details.add(new Paragraph(line.statusNote()));
            }
            if (!line.schedule().isEmpty()) {
                details.add(new Paragraph("Requested schedule: " + line.schedule().stream()
                        .map(entry -> UserFormats.quantity(entry.quantity(), line.unit()) + " on " + UserFormats.date(entry.date()))
                        .collect(Collectors.joining(", "))));
            }
            return details;
        }));
        grid.setDetailsVisibleOnClick(false);
        grid.setItems(lines);
        lines.stream().filter(line -> line.statusNote() != null || !line.schedule().isEmpty())
                .forEach(line -> grid.setDetailsVisible(line, true));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String agreed(OrderLineView line, String currency) {
        Commitment commitment = line.commitment();
        if (commitment == null) {
            return "";
        }
        String deliveries = commitment.deliveries().stream()
                .map(delivery -> UserFormats.quantity(delivery.quantity(), line.unit()) + " on " + UserFormats.date(delivery.date()))
                .collect(Collectors.joining(" + "));
        return deliveries + " at " + price(line, commitment.unitPrice(), currency);
    }

    static String price(OrderLineView line, java.math.BigDecimal price, String currency) {
        String money = UserFormats.money(price, currency);
        return line.priceUnit().compareTo(java.math.BigDecimal.ONE) == 0 ? money
                : money + " per " + UserFormats.quantity(line.priceUnit(), line.unit());
    }

    private Component changesTab(RevisionComparison changes) {
        if (changes.isEmpty()) {
            return new Paragraph("No changes: this is the revision " + (changes.toRevision() <= 1 ? "the order was placed with." : "you last saw."));
        }
        Div tab = new Div(new Paragraph("From revision " + changes.fromRevision() + " to revision " + changes.toRevision() + ":"),
                changeGrid(changes.changes()));
        tab.setId("changes");
        return tab;
    }

    static Grid<RevisionChange> changeGrid(List<RevisionChange> changes) {
        Grid<RevisionChange> grid = new Grid<>();
        grid.addColumn(change -> change.lineNumber() == null ? "Order" : "Line " + change.lineNumber()).setHeader("Where").setAutoWidth(true);
        grid.addColumn(change -> switch (change.kind()) {
            case LINE_ADDED -> "New line";
            case LINE_REMOVED -> "Line removed";
            default -> change.field();
        }).setHeader("What").setAutoWidth(true);
        grid.addColumn(change -> change.before() == null ? "" : change.before()).setHeader("Before").setFlexGrow(1);
        grid.addColumn(change -> change.after() == null ? "" : change.after()).setHeader("Now").setFlexGrow(1);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.addClassName("change-grid");
        return grid;
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

    private static Div fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value == null || value.isBlank() ? "—" : value);
        valueSpan.addClassName("fact-value");
        Div fact = new Div(labelSpan, valueSpan);
        fact.addClassName("fact");
        return fact;
    }
}
