package org.supplierportal.quality.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.shell.OrderTab;

/** The quality incidents about a purchase order, on the order's page. */
@org.springframework.stereotype.Component
class OrderIncidentsTab implements OrderTab {

    private final QualityQueries quality;

    OrderIncidentsTab(QualityQueries quality) {
        this.quality = quality;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Tab> create(UUID orderId) {
        List<IncidentView> found = quality.ofOrder(new OrderId(orderId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Grid<IncidentView> grid = new Grid<>();
        grid.setId("order-incidents");
        grid.addColumn(IncidentView::number).setHeader("Incident").setAutoWidth(true);
        grid.addColumn(incident -> incident.orderLineNumber() == null ? "" : "Line " + incident.orderLineNumber())
                .setHeader("Line").setAutoWidth(true);
        grid.addColumn(IncidentView::title).setHeader("Defect").setFlexGrow(1);
        grid.addComponentColumn(QualityListView::severityBadge).setHeader("Severity").setAutoWidth(true);
        grid.addColumn(incident -> incident.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("quality/" + click.getItem().id()));
        return Optional.of(new Tab("Quality (" + found.size() + ")", grid));
    }
}
