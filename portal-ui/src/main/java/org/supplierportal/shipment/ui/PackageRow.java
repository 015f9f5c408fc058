package org.supplierportal.shipment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.supplierportal.shipment.AsnDraft;
import com.vaadin.flow.i18n.I18NProvider;

/** One package being entered: its type, weight and a quantity field per ASN line. */
final class PackageRow {

    static final List<String> TYPES = List.of("Pallet", "Carton", "Box", "Crate", "Drum");

    final Select<String> type = new Select<>();
    final BigDecimalField weight = new BigDecimalField(I18NProvider.translate("asn.field.grossWeight"));
    final Map<AsnLineRow, BigDecimalField> fields = new HashMap<>();
    private final List<AsnLineRow> order = new ArrayList<>();

    PackageRow() {
        type.setLabel(I18NProvider.translate("asn.field.type"));
        // The types are stored as written here (they go on the labels); only what the person reads is translated.
        type.setItemLabelGenerator(PackageRow::typeLabel);
        type.setItems(TYPES);
        type.setValue(TYPES.getFirst());
        weight.setSuffixComponent(new Span("kg"));
    }

    static String typeLabel(String type) {
        return type == null ? "" : TYPES.contains(type) ? I18NProvider.translate("asn.packageType." + type) : type;
    }

    /** Keeps one quantity field per line of the ASN, in the lines' order. */
    void sync(List<AsnLineRow> rows) {
        fields.keySet().retainAll(rows);
        rows.forEach(row -> fields.computeIfAbsent(row, r -> {
            BigDecimalField field = new BigDecimalField();
            field.setPlaceholder("0");
            return field;
        }));
        order.clear();
        order.addAll(rows);
    }

    AsnDraft.Package draft() {
        return new AsnDraft.Package(type.getValue(), weight.getValue(), contents());
    }

    private List<AsnDraft.Content> contents() {
        List<AsnDraft.Content> contents = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            BigDecimal quantity = fields.get(order.get(i)).getValue();
            if (quantity != null && quantity.signum() != 0) {
                contents.add(new AsnDraft.Content(i + 1, quantity));
            }
        }
        return contents;
    }
}
