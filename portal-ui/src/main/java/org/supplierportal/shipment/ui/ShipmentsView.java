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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.router.HasDynamicTitle;

/** The ASNs: a supplier's own, newest first, with "New ASN"; buyers and admins see every supplier's. */
@Route("shipments")
@Menu(title = "Shipments", order = 15, icon = "vaadin:truck")
@RolesAllowed({Role.SUPPLIER_USER_NAME, Role.BUYER_NAME, Role.ADMIN_NAME})
class ShipmentsView extends Main implements HasDynamicTitle {

    ShipmentsView(AsnQueries asns, CurrentUsers currentUsers) {
        addClassName("page");
        boolean supplier = currentUsers.require().hasRole(Role.SUPPLIER_USER);
        Button ship = new Button(getTranslation("shipments.new"), VaadinIcon.TRUCK.create(), click -> UI.getCurrent().navigate("shipments/new"));
        ship.setId("new-asn");
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ship.setVisible(supplier);
        add(new ViewHeader(getTranslation("menu.shipments"),
                getTranslation(supplier ? "shipments.description.supplier" : "shipments.description.crossTenant"), ship));
        List<AsnView> newest = asns.newest(500);
        if (newest.isEmpty()) {
            add(new EmptyState(getTranslation("shipments.empty.title"),
                    getTranslation(supplier ? "shipments.empty.supplier" : "shipments.empty.crossTenant")));
            return;
        }
        Grid<AsnView> grid = new Grid<>();
        grid.setId("shipments");
        grid.addColumn(AsnView::number).setHeader(getTranslation("asn.column.asn")).setAutoWidth(true);
        if (!supplier) {
            grid.addColumn(AsnView::supplierName).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        grid.addColumn(asn -> getTranslation("asn.orders", String.join(", ", asn.orderNumbers()))).setHeader(getTranslation("asn.column.orders")).setFlexGrow(1);
        grid.addColumn(asn -> UserFormats.date(asn.shipDate())).setHeader(getTranslation("asn.column.shipped")).setAutoWidth(true);
        grid.addColumn(asn -> UserFormats.date(asn.expectedArrival())).setHeader(getTranslation("asn.column.arrives")).setAutoWidth(true);
        grid.addColumn(asn -> asn.carrier() == null ? "" : asn.carrier() + (asn.trackingNumber() == null ? "" : " " + asn.trackingNumber()))
                .setHeader(getTranslation("asn.field.carrier")).setAutoWidth(true);
        grid.addColumn(asn -> asn.packages().size()).setHeader(getTranslation("asn.column.packages")).setAutoWidth(true);
        grid.addComponentColumn(asn -> ShipmentView.badge(asn.status())).setHeader(getTranslation("asn.column.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(newest);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("shipments/" + click.getItem().id()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.shipments"));
    }
}
