package org.supplierportal.shipment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnDraft;
import com.vaadin.flow.i18n.I18NProvider;

/** Step 2 of the ASN form: each line going, with its quantity, lot and serial numbers; a line can be taken off. */
class AsnLines extends FormSection {

    private final Div box = new Div();
    private final List<AsnLineRow> rows = new ArrayList<>();

    AsnLines() {
        super(I18NProvider.translate("asn.form.quantities"), null);
        box.setId("asn-lines");
        add(box);
        render();
    }

    List<AsnLineRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    boolean contains(ShippableLine line) {
        return rows.stream().anyMatch(row -> row.ships(line));
    }

    void add(ShippableLine line, BigDecimal quantity, String lot, List<String> serials) {
        rows.add(new AsnLineRow(line, quantity, lot, serials));
        render();
    }

    List<AsnDraft.Line> drafts() {
        return rows.stream().map(AsnLineRow::draft).toList();
    }

    /** The fields by the names the service's problems use, e.g. {@code lines[0].quantity}. */
    void putFields(Map<String, HasValidation> fields) {
        for (int i = 0; i < rows.size(); i++) {
            fields.put("lines[" + i + "].quantity", rows.get(i).quantity);
            fields.put("lines[" + i + "].serials", rows.get(i).serials);
            fields.put("lines[" + i + "].lot", rows.get(i).lot);
        }
    }

    Registration addRemoveListener(ComponentEventListener<LineRemoved> listener) {
        return addListener(LineRemoved.class, listener);
    }

    private void render() {
        box.removeAll();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("asn.form.lines.empty"));
            empty.addClassName("view-description");
            box.add(empty);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            AsnLineRow row = rows.get(i);
            row.quantity.setId("asn-line-" + i + "-quantity");
            row.lot.setId("asn-line-" + i + "-lot");
            row.serials.setId("asn-line-" + i + "-serials");
            Span title = new Span(row.title(i));
            title.addClassName("asn-line-title");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                render();
                fireEvent(new LineRemoved(this));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("asn.form.lines.remove", i + 1));
            FormLayout fields = new FormLayout(row.quantity, row.lot, row.serials);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            Div line = new Div(new HorizontalLayout(title, remove), fields);
            line.addClassName("asn-line");
            box.add(line);
        }
    }

    /** The supplier took a line off the ASN. */
    static final class LineRemoved extends ComponentEvent<AsnLines> {

        LineRemoved(AsnLines source) {
            super(source, true);
        }
    }
}
