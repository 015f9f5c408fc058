package org.supplierportal.order.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.UserFormats;

/** An order's lines with their state and what was agreed; a line's note and delivery schedule in a row under it. */
class OrderLinesGrid extends Grid<OrderLineView> {

    OrderLinesGrid(List<OrderLineView> lines, String currency) {
        setId("order-lines");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(OrderLineView::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> line.partNumber() + (line.supplierPartNumber() == null ? "" : " / " + line.supplierPartNumber()))
                .setHeader("Part / your part").setAutoWidth(true);
        addColumn(OrderLineView::description).setHeader("Description").setFlexGrow(2);
        addColumn(line -> UserFormats.quantity(line.quantity(), line.unit())).setHeader("Quantity")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(line -> price(line, line.unitPrice(), currency)).setHeader("Price").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(line -> UserFormats.date(line.requestedDate())
                + (line.schedule().size() > 1 ? " (+" + (line.schedule().size() - 1) + " more)" : ""))
                .setHeader("Requested").setAutoWidth(true);
        addComponentColumn(line -> OrderBadges.of(line.status())).setHeader("Status").setAutoWidth(true);
        addColumn(line -> agreed(line, currency)).setHeader("Agreed").setFlexGrow(2);
        // The note and schedule go in a row under each line: they are sentences, too long for a column.
        setItemDetailsRenderer(new ComponentRenderer<>(OrderLinesGrid::details));
        setDetailsVisibleOnClick(false);
        setItems(lines);
        lines.stream().filter(line -> line.statusNote() != null || !line.schedule().isEmpty())
                .forEach(line -> setDetailsVisible(line, true));
        setAllRowsVisible(true);
    }

    private static Div details(OrderLineView line) {
        Div details = new Div();
        details.addClassName("line-details");
        if (line.statusNote() != null) {
            details.add(new Paragraph(line.statusNote()));
        }
        if (!line.schedule().isEmpty()) {
            details.add(new Paragraph("Requested schedule: " + line.schedule().stream()
                    .map(entry -> UserFormats.quantity(entry.quantity(), line.unit()) + " on " + UserFormats.date(entry.date()))
                    .collect(Collectors.joining(", "))));
        }
        return details;
    }

    private static String agreed(OrderLineView line, String currency) {
        Commitment commitment = line.commitment();
        if (commitment == null) {
            return "";
        }
        String deliveries = commitment.deliveries().stream()
                .map(delivery -> UserFormats.quantity(delivery.quantity(), line.unit()) + " on " + UserFormats.date(delivery.date()))
                .collect(Collectors.joining(" + "));
        return deliveries + " at " + price(line, commitment.unitPrice(), currency);
    }

    private static String price(OrderLineView line, BigDecimal price, String currency) {
        String money = UserFormats.money(price, currency);
        return line.priceUnit().compareTo(BigDecimal.ONE) == 0 ? money
                : money + " per " + UserFormats.quantity(line.priceUnit(), line.unit());
    }
}
