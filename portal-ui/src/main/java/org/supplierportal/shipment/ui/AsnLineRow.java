package org.supplierportal.shipment.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shipment.AsnDraft;
import com.vaadin.flow.i18n.I18NProvider;

/** One ASN line being entered: the order line it ships, and its quantity, lot and serial number fields. */
final class AsnLineRow {

    final ShippableLine line;
    final BigDecimalField quantity = new BigDecimalField(I18NProvider.translate("asn.field.quantity"));
    final TextField lot = TextLimits.limit(new TextField(I18NProvider.translate("asn.field.lot")), 100);
    final TextArea serials = TextLimits.limit(new TextArea(I18NProvider.translate("asn.field.serials")), 200000);

    AsnLineRow(ShippableLine line, BigDecimal quantity, String lot, List<String> serials) {
        this.line = line;
        this.quantity.setSuffixComponent(new Span(line.unit() == null ? "" : line.unit()));
        this.quantity.setRequiredIndicatorVisible(true);
        this.lot.setMaxLength(100);
        this.serials.setHelperText(I18NProvider.translate("asn.field.serials.help"));
        this.serials.setMaxHeight("6rem");
        this.quantity.setValue(plain(quantity));
        this.lot.setValue(lot == null ? "" : lot);
        this.serials.setValue(String.join("\n", serials));
    }

    boolean ships(ShippableLine other) {
        return line.orderId().equals(other.orderId()) && line.lineNumber() == other.lineNumber();
    }

    AsnDraft.Line draft() {
        return new AsnDraft.Line(line.orderId().value(), line.lineNumber(), quantity.getValue(), lot.getValue(),
                List.of(serials.getValue().split("[\\n,;]+")));
    }

    /** "2. PO 4500017001 line 10 · BR-4711 · Mounting bracket": the row's heading, numbered from 1. */
    String title(int index) {
        return I18NProvider.translate("asn.form.lines.title", index + 1, line.orderNumber(), line.lineNumber(),
                line.partNumber() + (line.description() == null ? "" : " · " + line.description()));
    }

    /** 40.000000 as 40: what people type, not the database's scale. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
