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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.locale.Explanations;
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
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Quality incidents: a supplier's own, a buyer's across all suppliers; "waiting for me" narrows to those that need
 * the current user's answer (supplier) or review (buyer). {@code ?mine} opens it narrowed.
 */
@Route("quality")
@Menu(title = "Quality", order = 17, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class QualityListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QualityQueries quality;
    private final boolean supplier;
    private final Checkbox mine = new Checkbox();
    private final Checkbox openOnly = new Checkbox(I18NProvider.translate("quality.filter.openOnly"), true);
    private final TextField search = TextLimits.limit(new TextField(), 100);
    private final Grid<IncidentView> grid = new Grid<>();
    private final Div empty = new Div();
    private final java.time.Clock clock;

    QualityListView(QualityQueries quality, CurrentUsers currentUsers, java.time.Clock clock) {
        this.quality = quality;
        this.clock = clock;
        this.supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        addClassName("page");
        Button open = new Button(getTranslation("quality.new"), VaadinIcon.PLUS.create(), click -> UI.getCurrent().navigate("quality/new"));
        open.setId("new-incident");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(!supplier);
        add(new ViewHeader(getTranslation("quality.list.title"),
                getTranslation(supplier ? "quality.list.description.supplier" : "quality.list.description.crossTenant"), open));
        mine.setLabel(getTranslation(supplier ? "quality.filter.mine.supplier" : "quality.filter.mine.buyer"));
        mine.setId("waiting-for-me");
        openOnly.setId("open-only");
        search.setPlaceholder(getTranslation("quality.filter.search"));
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
        grid.addColumn(IncidentView::number).setHeader(getTranslation("quality.column.incident")).setAutoWidth(true);
        if (!supplier) {
            grid.addColumn(IncidentView::supplierName).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        grid.addColumn(incident -> Explanations.translate(incident.titleWords())).setHeader(getTranslation("quality.column.defect")).setFlexGrow(1).setWidth("14em");
        grid.addColumn(incident -> incident.partNumber() == null ? "" : incident.partNumber()).setHeader(getTranslation("quality.field.part")).setAutoWidth(true);
        grid.addColumn(incident -> incident.orderNumber() == null ? ""
                : incident.orderLineNumber() == null ? getTranslation("asn.orders", incident.orderNumber())
                : getTranslation("quality.orderLine", incident.orderNumber(), incident.orderLineNumber()))
                .setHeader(getTranslation("quality.field.order")).setAutoWidth(true);
        grid.addComponentColumn(incident -> severityBadge(incident)).setHeader(getTranslation("quality.column.severity")).setAutoWidth(true);
        grid.addColumn(incident -> UserFormats.date(incident.openedAt().atZone(UserFormats.timeZone()).toLocalDate()))
                .setHeader(getTranslation("quality.column.opened")).setAutoWidth(true);
        grid.addComponentColumn(incident -> nextStep(incident, clock.instant())).setHeader(getTranslation("quality.column.nextStep")).setAutoWidth(true);
        grid.addColumn(incident -> waitingFor(incident.turn(), supplier)).setHeader(getTranslation("quality.column.waitingFor")).setAutoWidth(true);
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
            empty.add(new EmptyState(getTranslation(filtered ? "quality.empty.filtered.title" : "quality.empty.title"),
                    getTranslation(filtered ? "quality.empty.filtered"
                            : supplier ? "quality.empty.supplier" : "quality.empty.crossTenant")));
        }
    }

    /** Whose turn, in the reader's own words: a supplier reads of their answer and their customer's review. */
    static String waitingFor(IncidentView.Turn turn, boolean supplier) {
        return switch (turn) {
            case SUPPLIER -> I18NProvider.translate(supplier ? "quality.turn.yourAnswer" : "quality.turn.supplierAnswer");
            case BUYER -> I18NProvider.translate(supplier ? "quality.turn.customerReview" : "quality.turn.buyerReview");
            case NOBODY -> I18NProvider.translate("quality.turn.closed");
        };
    }

    static Span severityBadge(IncidentView incident) {
        return StatusBadge.of(QualityTexts.severity(incident.severity()), switch (incident.severity()) {
            case CRITICAL -> StatusBadge.Tone.ERROR;
            case MAJOR -> StatusBadge.Tone.WARNING;
            case MINOR -> StatusBadge.Tone.INFO;
        });
    }

    private static Span nextStep(IncidentView incident, Instant now) {
        if (incident.status() == IncidentStatus.CLOSED) {
            return StatusBadge.of(I18NProvider.translate("quality.closedAt", UserFormats.dateTime(incident.closedAt())), StatusBadge.Tone.OK);
        }
        return incident.nextDueStep().map(step -> dueBadge(step, now))
                .orElseGet(() -> StatusBadge.of(I18NProvider.translate("quality.allAnswered"), StatusBadge.Tone.NEUTRAL));
    }

    private static Span dueBadge(StepView step, Instant now) {
        String text = I18NProvider.translate("quality.stepBy", QualityTexts.step(step.kind()),
                UserFormats.date(step.dueAt().atZone(UserFormats.timeZone()).toLocalDate()));
        return step.isOverdue(now) ? StatusBadge.of(I18NProvider.translate("quality.overdue", text), StatusBadge.Tone.ERROR)
                : StatusBadge.of(text, StatusBadge.Tone.INFO);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.quality"));
    }
}
