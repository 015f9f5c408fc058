package org.supplierportal.order.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.supplierportal.locale.Explanations;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.UserFormats;

/** An order's lines with their state and what was agreed; a line's note and delivery schedule in a row under it. */
class OrderLinesGrid extends Grid<OrderLineView> {

    OrderLinesGrid(List<OrderLineView> lines, String currency) {
        setId("order-lines");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(OrderLineView::lineNumber).setHeader(getTranslation("lines.column.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> line.partNumber() + (line.supplierPartNumber() == null ? "" : " / " + line.supplierPartNumber()))
                .setHeader(getTranslation("lines.column.part")).setAutoWidth(true);
        addColumn(OrderLineView::description).setHeader(getTranslation("lines.column.description")).setFlexGrow(2);
        addColumn(line -> UserFormats.quantity(line.quantity(), line.unit())).setHeader(getTranslation("lines.column.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(line -> price(line, line.unitPrice(), currency)).setHeader(getTranslation("lines.column.price")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(line -> UserFormats.date(line.requestedDate())
                + (line.schedule().size() > 1 ? " " + getTranslation("lines.moreDates", line.schedule().size() - 1) : ""))
                .setHeader(getTranslation("lines.column.requested")).setAutoWidth(true);
        addComponentColumn(line -> OrderBadges.of(line.status())).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        addColumn(line -> agreed(line, currency)).setHeader(getTranslation("lines.column.agreed")).setFlexGrow(2);
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
            details.add(new Paragraph(line.statusNote().worded(Explanations::translate)));
        }
        if (!line.schedule().isEmpty()) {
            details.add(new Paragraph(I18NProvider.translate("lines.schedule", line.schedule().stream()
                    .map(entry -> I18NProvider.translate("lines.quantityOn", UserFormats.quantity(entry.quantity(), line.unit()),
                            UserFormats.date(entry.date())))
                    .collect(Collectors.joining(", ")))));
        }
        return details;
    }

    private static String agreed(OrderLineView line, String currency) {
        Commitment commitment = line.commitment();
        if (commitment == null) {
            return "";
        }
        String deliveries = commitment.deliveries().stream()
                .map(delivery -> I18NProvider.translate("lines.quantityOn", UserFormats.quantity(delivery.quantity(), line.unit()),
                        UserFormats.date(delivery.date())))
                .collect(Collectors.joining(" + "));
        return I18NProvider.translate("lines.deliveriesAt", deliveries, price(line, commitment.unitPrice(), currency));
    }

    private static String price(OrderLineView line, BigDecimal price, String currency) {
        String money = UserFormats.money(price, currency);
        return line.priceUnit().compareTo(BigDecimal.ONE) == 0 ? money
                : I18NProvider.translate("lines.pricePer", money, UserFormats.quantity(line.priceUnit(), line.unit()));
    }
}
