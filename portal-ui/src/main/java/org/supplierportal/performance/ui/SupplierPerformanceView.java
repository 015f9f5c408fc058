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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Supplier performance | Supplier Portal")
@Menu(title = "Supplier performance", order = 65, icon = "vaadin:chart")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class SupplierPerformanceView extends Main {

    static final int DAYS = 90;

    record Row(TenantSummary supplier, AcknowledgmentFigures.CycleTime cycleTime, ShipmentFigures.OnTime onTime,
               long openIncidents) {
    }

    SupplierPerformanceView(TenantService tenants, AcknowledgmentFigures acknowledgments, ShipmentFigures shipments,
                            QualityQueries quality, Clock clock) {
        addClassName("page");
        add(new ViewHeader("Supplier performance", "The last " + DAYS + " days, per supplier: how fast orders are"
                + " acknowledged, how often shipments leave on time, and quality incidents still open."));
        Map<TenantId, AcknowledgmentFigures.CycleTime> cycleTimes = acknowledgments.cycleTimesSince(
                clock.instant().minus(Duration.ofDays(DAYS)));
        Map<TenantId, ShipmentFigures.OnTime> onTime = shipments.onTimeSince(LocalDate.now(clock).minusDays(DAYS));
        Map<TenantId, Long> incidents = quality.openIncidentsPerSupplier();
        List<Row> rows = tenants.listAll().stream().filter(TenantSummary::active)
                .map(tenant -> new Row(tenant, cycleTimes.get(tenant.id()), onTime.get(tenant.id()),
                        incidents.getOrDefault(tenant.id(), 0L)))
                .toList();
        if (rows.isEmpty()) {
            add(new EmptyState("No suppliers yet", "Figures appear once suppliers are onboarded and answer orders."));
            return;
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("supplier-performance");
        grid.addColumn(row -> row.supplier().name()).setHeader("Supplier").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.cycleTime() == null ? "No answers yet" : UserFormats.age(row.cycleTime().average()))
                .setHeader("Acknowledgment cycle time").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.cycleTime() == null ? "" : String.format("%,d", row.cycleTime().answered()))
                .setHeader("Revisions answered").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.onTime() == null ? "Nothing shipped" : UserFormats.percent(
                        java.math.BigDecimal.valueOf(row.onTime().rate() * 100).setScale(0, java.math.RoundingMode.HALF_UP)))
                .setHeader("Shipped on time").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> row.onTime() == null ? "" : row.onTime().onTime() + " of " + row.onTime().shipped() + " ASN lines")
                .setHeader("Of").setAutoWidth(true);
        grid.addColumn(row -> String.format("%,d", row.openIncidents())).setHeader("Open incidents")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("suppliers/" + click.getItem().supplier().key()));
        add(grid, new Paragraph("Cycle time: from an order or change reaching the supplier to its first answer. On time:"
                + " an ASN line shipped on or before the line's committed date (or the requested date before a commitment)."));
    }
}
