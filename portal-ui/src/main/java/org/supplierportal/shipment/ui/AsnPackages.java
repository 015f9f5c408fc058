package org.supplierportal.shipment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnPackage;
import com.vaadin.flow.i18n.I18NProvider;

/** Step 4 of the ASN form: the packages, each with what it holds of each line; "one pallet per line" packs at once. */
class AsnPackages extends FormSection {

    private final AsnLines lines;
    private final Div box = new Div();
    private final List<PackageRow> packages = new ArrayList<>();

    AsnPackages(AsnLines lines) {
        super(I18NProvider.translate("asn.form.packages"), I18NProvider.translate("asn.form.packages.text"));
        this.lines = lines;
        box.setId("asn-packages");
        Button add = new Button(getTranslation("asn.form.packages.add"), VaadinIcon.PLUS.create(), click -> {
            packages.add(new PackageRow());
            render();
        });
        add.setId("add-package");
        Button perLine = new Button(getTranslation("asn.form.packages.perLine"), click -> onePerLine());
        perLine.setId("package-per-line");
        add(box, new HorizontalLayout(add, perLine));
    }

    /** The packages an ASN already has, holding what they hold. */
    void show(List<AsnPackage> existing) {
        existing.forEach(pack -> {
            PackageRow row = new PackageRow();
            row.type.setValue(pack.type() == null ? PackageRow.TYPES.getFirst() : pack.type());
            row.weight.setValue(pack.grossWeightKg());
            packages.add(row);
            render();
            pack.contents().forEach(content -> row.fields.get(lines.rows().get(content.line() - 1)).setValue(content.quantity()));
        });
        render();
    }

    List<AsnDraft.Package> drafts() {
        return packages.stream().map(PackageRow::draft).toList();
    }

    /** The fields by the names the service's problems use, e.g. {@code packages[0].grossWeightKg}. */
    void putFields(Map<String, HasValidation> fields) {
        for (int p = 0; p < packages.size(); p++) {
            fields.put("packages[" + p + "].grossWeightKg", packages.get(p).weight);
        }
    }

    /** Shows the packages again, with a field for each line the ASN has now. */
    void render() {
        box.removeAll();
        List<AsnLineRow> rows = lines.rows();
        for (int p = 0; p < packages.size(); p++) {
            PackageRow pack = packages.get(p);
            pack.sync(rows);
            pack.type.setId("package-" + p + "-type");
            pack.weight.setId("package-" + p + "-weight");
            List<Component> fields = new ArrayList<>(List.of(pack.type, pack.weight));
            for (int i = 0; i < rows.size(); i++) {
                BigDecimalField field = pack.fields.get(rows.get(i));
                field.setId("package-" + p + "-line-" + i);
                field.setLabel(getTranslation("asn.form.packages.line", i + 1, rows.get(i).line.partNumber()));
                fields.add(field);
            }
            FormLayout form = new FormLayout(fields.toArray(Component[]::new));
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
            Button remove = new Button(getTranslation("asn.form.packages.remove"), click -> {
                packages.remove(pack);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div packageBox = new Div(new HorizontalLayout(new Span(getTranslation("asn.form.packages.package", p + 1)), remove), form);
            packageBox.addClassName("asn-package");
            box.add(packageBox);
        }
    }

    private void onePerLine() {
        packages.clear();
        lines.rows().forEach(row -> {
            PackageRow pack = new PackageRow();
            packages.add(pack);
            render();
            pack.fields.get(row).setValue(row.quantity.getValue());
        });
        render();
    }
}
