package org.supplierportal.shipment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnView;

/** A sent ASN's packages: each one's SSCC, type, weight and what it holds. */
class AsnPackagesCard extends Div {

    AsnPackagesCard(AsnView asn) {
        Grid<AsnPackage> grid = new Grid<>();
        grid.setId("asn-packages");
        grid.addColumn(AsnPackage::number).setHeader(getTranslation("asn.column.number")).setAutoWidth(true);
        grid.addColumn(pack -> ShippingDocuments.humanReadable(pack.sscc())).setHeader("SSCC").setAutoWidth(true);
        grid.addColumn(pack -> PackageRow.typeLabel(pack.type())).setHeader(getTranslation("asn.field.type")).setAutoWidth(true);
        grid.addColumn(pack -> pack.grossWeightKg() == null ? "" : UserFormats.number(pack.grossWeightKg()) + " kg")
                .setHeader(getTranslation("asn.field.grossWeight")).setAutoWidth(true);
        grid.addColumn(pack -> String.join(", ", pack.contents().stream().map(content -> getTranslation("asn.holds", content.line(),
                UserFormats.number(content.quantity()))).toList())).setHeader(getTranslation("asn.column.holds")).setFlexGrow(1);
        grid.setItems(asn.packages());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("asn.packages")), grid);
        addClassName("card");
    }
}
