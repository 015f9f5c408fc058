package org.supplierportal.quality.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityFilter;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.StepView;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/**
 * Quality incidents: a supplier's own, a buyer's across all suppliers; "waiting for me" narrows to those that need
 * the current user's answer (supplier) or review (buyer). {@code ?mine} opens it narrowed.
 */
@Route("quality")
@PageTitle("Quality | Supplier Portal")
@Menu(title = "Quality", order = 17, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class QualityListView extends Main implements BeforeEnterObserver {

    private final QualityQueries quality;
    private final boolean supplier;
    private final Checkbox mine = new Checkbox();
    private final Checkbox openOnly = new Checkbox("Open only", true);
    private final TextField search = TextLimits.limit(new TextField(), 100);
    private final Grid<IncidentView> grid = new Grid<>();
    private final Div empty = new Div();
    private final java.time.Clock clock;

    QualityListView(QualityQueries quality, CurrentUsers currentUsers, java.time.Clock clock) {
        this.quality = quality;
        this.clock = clock;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
        Button open = new Button("New incident", VaadinIcon.PLUS.create(), click -> UI.getCurrent().navigate("quality/new"));
        open.setId("new-incident");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(!supplier);
        add(new ViewHeader("Quality incidents", supplier
                ? "Defects your customer found in your parts, and your answer to each: containment, root cause,"
                + " corrective and preventive action."
                : "Incidents opened against suppliers and their answers, step by step.", open));
        mine.setLabel(supplier ? "Waiting for my answer" : "Waiting for my review");
        mine.setId("waiting-for-me");
        openOnly.setId("open-only");
        search.setPlaceholder("Incident, part or PO number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("incident-search");
        search.setWidth("18em");
        HorizontalLayout filters = new HorizontalLayout(search, mine, openOnly);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.addClassName("filters");
        mine.addValueChangeListener(change -> refresh());
        openOnly.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
        configureGrid();
        add(filters, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mine.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("mine"));
        refresh();
    }

    private void configureGrid() {
        grid.setId("incidents");
        grid.addColumn(IncidentView::number).setHeader("Incident").setAutoWidth(true);
        if (!supplier) {
            grid.addColumn(IncidentView::supplierName).setHeader("Supplier").setAutoWidth(true);
        }
        grid.addColumn(IncidentView::title).setHeader("Defect").setFlexGrow(1).setWidth("14em");
        grid.addColumn(incident -> incident.partNumber() == null ? "" : incident.partNumber()).setHeader("Part").setAutoWidth(true);
        grid.addColumn(incident -> incident.orderNumber() == null ? "" : "PO " + incident.orderNumber()
                + (incident.orderLineNumber() == null ? "" : " / " + incident.orderLineNumber())).setHeader("Order").setAutoWidth(true);
        grid.addComponentColumn(incident -> severityBadge(incident)).setHeader("Severity").setAutoWidth(true);
        grid.addColumn(incident -> UserFormats.date(incident.openedAt().atZone(UserFormats.timeZone()).toLocalDate()))
                .setHeader("Opened").setAutoWidth(true);
        grid.addComponentColumn(incident -> nextStep(incident, clock.instant())).setHeader("Next step due").setAutoWidth(true);
        grid.addColumn(incident -> waitingFor(incident.turn(), supplier)).setHeader("Waiting for").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("quality/" + click.getItem().id()));
    }

    private void refresh() {
        List<IncidentView> incidents = quality.search(new QualityFilter(openOnly.getValue(), mine.getValue(), search.getValue()));
        grid.setItems(incidents);
        grid.setVisible(!incidents.isEmpty());
        empty.removeAll();
        if (incidents.isEmpty()) {
            boolean filtered = mine.getValue() || !search.isEmpty();
            empty.add(new EmptyState(filtered ? "Nothing matches" : "No quality incidents", filtered
                    ? "No incident matches these filters. Clear them to see all."
                    : supplier ? "When your customer finds a defect in your parts, the incident appears here for your answer."
                    : "Open an incident when a supplier's parts are defective; the supplier answers it here."));
        }
    }

    /** Whose turn, in the reader's own words: a supplier reads of their answer and their customer's review. */
    static String waitingFor(IncidentView.Turn turn, boolean supplier) {
        return switch (turn) {
            case SUPPLIER -> supplier ? "Your answer" : "Supplier's answer";
            case BUYER -> supplier ? "Customer's review" : "Buyer's review";
            case NOBODY -> "Closed";
        };
    }

    static Span severityBadge(IncidentView incident) {
        return StatusBadge.of(incident.severity().label(), switch (incident.severity()) {
            case CRITICAL -> StatusBadge.Tone.ERROR;
            case MAJOR -> StatusBadge.Tone.WARNING;
            case MINOR -> StatusBadge.Tone.INFO;
        });
    }

    private static Span nextStep(IncidentView incident, Instant now) {
        if (incident.status() == IncidentStatus.CLOSED) {
            return StatusBadge.of("Closed " + UserFormats.dateTime(incident.closedAt()), StatusBadge.Tone.OK);
        }
        return incident.nextDueStep().map(step -> dueBadge(step, now))
                .orElseGet(() -> StatusBadge.of("All answered", StatusBadge.Tone.NEUTRAL));
    }

    private static Span dueBadge(StepView step, Instant now) {
        String text = step.kind().label() + " by " + UserFormats.date(step.dueAt().atZone(UserFormats.timeZone()).toLocalDate());
        return step.isOverdue(now) ? StatusBadge.of(text + " (overdue)", StatusBadge.Tone.ERROR)
                : StatusBadge.of(text, StatusBadge.Tone.INFO);
    }
}
