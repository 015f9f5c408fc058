package org.supplierportal.performance.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.acknowledgment.AcknowledgmentFigures;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.ShipmentFigures;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/** Per supplier over the last 90 days: how fast it acknowledges, how often it ships on time, its open incidents. */
@Route("performance")
@Menu(title = "Supplier performance", order = 65, icon = "vaadin:chart")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SupplierPerformanceView extends Main implements HasDynamicTitle {

    static final int DAYS = 90;

    record Row(TenantSummary supplier, AcknowledgmentFigures.CycleTime cycleTime, ShipmentFigures.OnTime onTime,
               long openIncidents) {
    }

    SupplierPerformanceView(TenantService tenants, AcknowledgmentFigures acknowledgments, ShipmentFigures shipments,
                            QualityQueries quality, Clock clock) {
        addClassName("page");
        add(new ViewHeader(getTranslation("menu.performance"), getTranslation("performance.description", DAYS)));
        Map<TenantId, AcknowledgmentFigures.CycleTime> cycleTimes = acknowledgments.cycleTimesSince(
                clock.instant().minus(Duration.ofDays(DAYS)));
        Map<TenantId, ShipmentFigures.OnTime> onTime = shipments.onTimeSince(LocalDate.now(clock).minusDays(DAYS));
        Map<TenantId, Long> incidents = quality.openIncidentsPerSupplier();
        List<Row> rows = tenants.listAll().stream().filter(TenantSummary::active)
                .map(tenant -> new Row(tenant, cycleTimes.get(tenant.id()), onTime.get(tenant.id()),
                        incidents.getOrDefault(tenant.id(), 0L)))
                .toList();
        if (rows.isEmpty()) {
            add(new EmptyState(getTranslation("performance.empty.title"), getTranslation("performance.empty.text")));
            return;
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("supplier-performance");
        grid.addColumn(row -> row.supplier().name()).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.cycleTime() == null ? getTranslation("performance.noAnswers") : UserFormats.age(row.cycleTime().average()))
                .setHeader(getTranslation("performance.cycleTime")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.cycleTime() == null ? "" : UserFormats.number(java.math.BigDecimal.valueOf(row.cycleTime().answered())))
                .setHeader(getTranslation("performance.answered")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.onTime() == null ? getTranslation("performance.nothingShipped") : UserFormats.percent(
                        java.math.BigDecimal.valueOf(row.onTime().rate() * 100).setScale(0, java.math.RoundingMode.HALF_UP)))
                .setHeader(getTranslation("performance.onTime")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.onTime() == null ? "" : getTranslation("performance.ofLines", row.onTime().onTime(), row.onTime().shipped()))
                .setHeader(getTranslation("performance.of")).setAutoWidth(true);
        grid.addColumn(row -> UserFormats.number(java.math.BigDecimal.valueOf(row.openIncidents()))).setHeader(getTranslation("performance.openIncidents"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("suppliers/" + click.getItem().supplier().key()));
        add(grid, new Paragraph(getTranslation("performance.explanation")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.performance"));
    }
}
