package org.supplierportal.shipment.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;

/** The ASNs: a supplier's own, newest first, with "New ASN"; buyers and admins see every supplier's. */
@Route("shipments")
@PageTitle("Shipments | Supplier Portal")
@Menu(title = "Shipments", order = 15, icon = "vaadin:truck")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class ShipmentsView extends Main {

    ShipmentsView(AsnQueries asns, CurrentUsers currentUsers) {
        addClassName("page");
        boolean supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        Button ship = new Button("New ASN", VaadinIcon.TRUCK.create(), click -> UI.getCurrent().navigate("shipments/new"));
        ship.setId("new-asn");
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ship.setVisible(supplier);
        add(new ViewHeader("Shipments", supplier
                ? "Your advance shipping notices (ASNs): what you shipped, and what your customer received."
                : "Every supplier's advance shipping notices, newest first.", ship));
        List<AsnView> newest = asns.newest(500);
        if (newest.isEmpty()) {
            add(new EmptyState("No shipments yet", supplier
                    ? "When goods leave, send an ASN: choose the confirmed order lines, quantities and packages."
                    : "Suppliers' ASNs appear here as soon as they send them."));
            return;
        }
        Grid<AsnView> grid = new Grid<>();
        grid.setId("shipments");
        grid.addColumn(AsnView::number).setHeader("ASN").setAutoWidth(true);
        if (!supplier) {
            grid.addColumn(AsnView::supplierName).setHeader("Supplier").setAutoWidth(true);
        }
        grid.addColumn(asn -> "PO " + String.join(", ", asn.orderNumbers())).setHeader("Orders").setFlexGrow(1);
        grid.addColumn(asn -> UserFormats.date(asn.shipDate())).setHeader("Shipped").setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.expectedArrival())).setHeader("Arrives").setAutoWidth(true);
        grid.addColumn(asn -> asn.carrier() == null ? "" : asn.carrier() + (asn.trackingNumber() == null ? "" : " " + asn.trackingNumber()))
                .setHeader("Carrier").setAutoWidth(true);
        grid.addColumn(asn -> asn.packages().size()).setHeader("Packages").setAutoWidth(true);
        grid.addComponentColumn(asn -> ShipmentView.badge(asn.status())).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(newest);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("shipments/" + click.getItem().id()));
        add(grid);
    }
}
