package org.supplierportal.quality.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.supplierportal.locale.Explanations;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.shell.OrderTab;
import com.vaadin.flow.i18n.I18NProvider;

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
        grid.addColumn(IncidentView::number).setHeader(I18NProvider.translate("quality.column.incident")).setAutoWidth(true);
        grid.addColumn(incident -> incident.orderLineNumber() == null ? "" : I18NProvider.translate("quality.lineNumber", incident.orderLineNumber()))
                .setHeader(I18NProvider.translate("quality.field.line")).setAutoWidth(true);
        grid.addColumn(incident -> Explanations.translate(incident.titleWords())).setHeader(I18NProvider.translate("quality.column.defect")).setFlexGrow(1);
        grid.addComponentColumn(QualityListView::severityBadge).setHeader(I18NProvider.translate("quality.column.severity")).setAutoWidth(true);
        grid.addColumn(incident -> QualityTexts.status(incident.status())).setHeader(I18NProvider.translate("orders.column.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("quality/" + click.getItem().id()));
        return Optional.of(new Tab(I18NProvider.translate("quality.orderTab", found.size()), grid));
    }
}
