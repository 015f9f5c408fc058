package org.supplierportal.quality.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ValueEvent;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/** The defect of a new incident: which supplier, how severe, what was found, on which part, PO line, ASN and lot. */
class DefectCard extends Div {

    private final ComboBox<TenantSummary> supplier = new ComboBox<>(I18NProvider.translate("quality.field.supplier"));
    private final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>(I18NProvider.translate("quality.field.severity"));
    private final TextField title = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.title")), 200);
    private final TextArea defect = TextLimits.limit(new TextArea(I18NProvider.translate("quality.field.defect")), 4000);
    private final TextField partNumber = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.partNumber")), 100);
    private final TextField orderNumber = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.po")), 50);
    private final IntegerField orderLine = new IntegerField(I18NProvider.translate("quality.field.line"));
    private final TextField asnNumber = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.asn")), 30);
    private final TextField lot = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.lot")), 100);
    private final BigDecimalField quantity = new BigDecimalField(I18NProvider.translate("quality.field.quantity"));
    private final TextField unit = TextLimits.limit(new TextField(I18NProvider.translate("quality.field.unit")), 20);

    /** @param suppliers the suppliers an incident can be opened against (the active ones) */
    DefectCard(List<TenantSummary> suppliers) {
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setRequiredIndicatorVisible(true);
        supplier.setId("incident-supplier");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(QualityTexts::severity);
        severity.setValue(Severity.MAJOR);
        severity.setId("incident-severity");
        severity.setHelperText(getTranslation("quality.field.severity.help"));
        severity.addValueChangeListener(change -> fireEvent(new SeverityChanged(this, change.getValue())));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setPlaceholder(getTranslation("quality.field.title.placeholder"));
        title.setId("incident-title");
        defect.setRequiredIndicatorVisible(true);
        defect.setMaxLength(4000);
        defect.setPlaceholder(getTranslation("quality.field.defect.placeholder"));
        defect.setId("incident-defect");
        partNumber.setId("incident-part");
        partNumber.setHelperText(getTranslation("quality.field.partNumber.help"));
        orderNumber.setId("incident-po");
        orderLine.setId("incident-line");
        orderLine.setMin(1);
        asnNumber.setId("incident-asn");
        lot.setId("incident-lot");
        quantity.setId("incident-quantity");
        unit.setId("incident-unit");
        unit.setMaxLength(20);
        FormLayout form = new FormLayout(supplier, severity, title, defect, orderNumber, orderLine, partNumber, asnNumber,
                lot, quantity, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        form.setColspan(supplier, 2);
        form.setColspan(severity, 2);
        form.setColspan(title, 4);
        form.setColspan(defect, 4);
        form.setColspan(unit, 1);
        add(new H2(getTranslation("quality.field.defectShort")), form);
        addClassName("card");
    }

    Severity severity() {
        return severity.getValue();
    }

    /** The incident as entered, with these due dates. */
    IncidentDraft draft(Map<StepKind, Instant> due) {
        return new IncidentDraft(supplier.getValue() == null ? null : supplier.getValue().id(),
                severity.getValue(), title.getValue(), defect.getValue(), partNumber.getValue(), orderNumber.getValue(),
                orderLine.getValue(), asnNumber.getValue(), lot.getValue(), quantity.getValue(), unit.getValue(), due);
    }

    /** The fields by the names the service's problems use. */
    void putFields(Map<String, HasValidation> fields) {
        fields.putAll(Map.of("supplier", supplier, "severity", severity, "title", title, "defect", defect,
                "partNumber", partNumber, "orderNumber", orderNumber, "orderLineNumber", orderLine, "asnNumber", asnNumber,
                "quantityAffected", quantity));
    }

    Registration addSeverityListener(ComponentEventListener<SeverityChanged> listener) {
        return addListener(SeverityChanged.class, listener);
    }

    /** The buyer chose another severity (or none): the due dates follow from it. */
    static final class SeverityChanged extends ValueEvent<DefectCard, Severity> {
        SeverityChanged(DefectCard source, Severity severity) {
            super(source, true, severity);
        }
    }
}
