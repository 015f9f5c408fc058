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
        grid.addColumn(AsnView::number).setHeader("ASN").setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.shipDate())).setHeader("Shipped").setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.expectedArrival())).setHeader("Arrives").setAutoWidth(true);
        grid.addColumn(asn -> String.join(", ", asn.lines().stream().filter(line -> line.orderId().value().equals(orderId))
                .map(line -> "line " + line.orderLineNumber() + ": " + UserFormats.quantity(line.quantity(), line.unit())
                        + (line.receivedQuantity().signum() > 0 ? " (received " + UserFormats.number(line.receivedQuantity()) + ")" : ""))
                .toList())).setHeader("Lines").setFlexGrow(1);
        grid.addComponentColumn(asn -> ShipmentView.badge(asn.status())).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("shipments/" + click.getItem().id()));
        return Optional.of(new Tab("Shipments (" + found.size() + ")", grid));
    }
}
