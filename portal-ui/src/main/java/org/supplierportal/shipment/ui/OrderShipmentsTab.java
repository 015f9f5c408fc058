package org.supplierportal.shipment.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.supplierportal.order.OrderId;
import org.supplierportal.shell.OrderTab;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import com.vaadin.flow.i18n.I18NProvider;

/** The ASNs shipping lines of a purchase order, with what arrived, on the order's page. */
@org.springframework.stereotype.Component
class OrderShipmentsTab implements OrderTab {

    private final AsnQueries asns;

    OrderShipmentsTab(AsnQueries asns) {
        this.asns = asns;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Tab> create(UUID orderId) {
        List<AsnView> found = asns.ofOrder(new OrderId(orderId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Grid<AsnView> grid = new Grid<>();
        grid.setId("order-shipments");
        grid.addColumn(AsnView::number).setHeader(I18NProvider.translate("asn.column.asn")).setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.shipDate())).setHeader(I18NProvider.translate("asn.column.shipped")).setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.expectedArrival())).setHeader(I18NProvider.translate("asn.column.arrives")).setAutoWidth(true);
        grid.addColumn(asn -> String.join(", ", asn.lines().stream().filter(line -> line.orderId().value().equals(orderId))
                .map(line -> I18NProvider.translate("asn.holds", line.orderLineNumber(), UserFormats.quantity(line.quantity(), line.unit()))
                        + (line.receivedQuantity().signum() > 0
                                ? " " + I18NProvider.translate("asn.receivedSoFar", UserFormats.number(line.receivedQuantity())) : ""))
                .toList())).setHeader(I18NProvider.translate("asn.lines")).setFlexGrow(1);
        grid.addComponentColumn(asn -> ShipmentView.badge(asn.status())).setHeader(I18NProvider.translate("asn.column.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("shipments/" + click.getItem().id()));
        return Optional.of(new Tab(I18NProvider.translate("asn.orderTab", found.size()), grid));
    }
}
