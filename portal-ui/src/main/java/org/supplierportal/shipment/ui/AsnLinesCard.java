package org.supplierportal.shipment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnStatus;
import org.supplierportal.shipment.AsnView;

/** A sent ASN's lines: what ships against which order line, and what arrived of it. */
class AsnLinesCard extends Div {

    AsnLinesCard(AsnView asn) {
        Grid<AsnLineView> grid = new Grid<>();
        grid.setId("asn-lines");
        grid.addColumn(AsnLineView::lineNo).setHeader("#").setAutoWidth(true);
        grid.addColumn(line -> getTranslation("asn.orderLine", line.orderNumber(), line.orderLineNumber())).setHeader(getTranslation("asn.column.orderLine")).setAutoWidth(true);
        grid.addColumn(AsnLineView::partNumber).setHeader(getTranslation("asn.column.part")).setAutoWidth(true);
        grid.addColumn(AsnLineView::description).setHeader(getTranslation("asn.column.description")).setFlexGrow(1);
        grid.addColumn(line -> UserFormats.quantity(line.quantity(), line.unit())).setHeader(getTranslation("asn.column.shipped")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> line.lot() == null ? "" : line.lot()).setHeader(getTranslation("asn.column.lot")).setAutoWidth(true);
        grid.addColumn(line -> line.serials().isEmpty() ? "" : getTranslation("asn.serialCount", line.serials().size())).setHeader(getTranslation("asn.column.serials")).setAutoWidth(true);
        grid.addColumn(line -> asn.status() == AsnStatus.SHIPPED ? getTranslation("asn.notYet") : UserFormats.quantity(line.receivedQuantity(), line.unit()))
                .setHeader(getTranslation("asn.column.received")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setItems(asn.lines());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(new H2(getTranslation("asn.lines")), grid);
        addClassName("card");
    }
}
