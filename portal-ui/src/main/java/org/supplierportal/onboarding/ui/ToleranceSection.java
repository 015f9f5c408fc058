package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tolerance.ToleranceLimits;
import com.vaadin.flow.i18n.I18NProvider;

/** How soon the supplier must acknowledge, and its tolerance limits; an empty limit means the global one (shown). */
class ToleranceSection extends SupplierFormSection {

    final IntegerField ackDeadline = new IntegerField(I18NProvider.translate("supplier.tolerances.ackWithin"));
    final BigDecimalField quantityUnder = percentField(I18NProvider.translate("supplier.tolerances.quantityUnder"));
    final BigDecimalField quantityOver = percentField(I18NProvider.translate("supplier.tolerances.quantityOver"));
    final IntegerField dateEarly = daysField(I18NProvider.translate("supplier.tolerances.dateEarly"));
    final IntegerField dateLate = daysField(I18NProvider.translate("supplier.tolerances.dateLate"));
    final BigDecimalField priceUnder = percentField(I18NProvider.translate("supplier.tolerances.priceUnder"));
    final BigDecimalField priceOver = percentField(I18NProvider.translate("supplier.tolerances.priceOver"));

    ToleranceSection(ToleranceLimits defaults) {
        super(I18NProvider.translate("supplier.tolerances"));
        ackDeadline.setId("supplier-ack-deadline");
        ackDeadline.setMin(1);
        ackDeadline.setMax(30);
        ackDeadline.setStepButtonsVisible(true);
        ackDeadline.setSuffixComponent(new Span(getTranslation("supplier.tolerances.workingDays")));
        ackDeadline.setHelperText(getTranslation("supplier.tolerances.ackWithin.help"));
        quantityUnder.setHelperText(defaultHint(UserFormats.percent(defaults.quantityUnderPercent())));
        quantityOver.setHelperText(defaultHint(UserFormats.percent(defaults.quantityOverPercent())));
        dateEarly.setHelperText(defaultHint(getTranslation("supplier.tolerances.daysValue", defaults.dateEarlyDays())));
        dateLate.setHelperText(defaultHint(getTranslation("supplier.tolerances.daysValue", defaults.dateLateDays())));
        priceUnder.setHelperText(defaultHint(UserFormats.percent(defaults.priceUnderPercent())));
        priceOver.setHelperText(defaultHint(UserFormats.percent(defaults.priceOverPercent())));
        quantityOver.setId("supplier-quantity-over");
        add(ackDeadline, quantityUnder, quantityOver, dateEarly, dateLate, priceUnder, priceOver);
    }

    void show(TenantDraft draft) {
        ackDeadline.setValue(draft.acknowledgmentDeadlineWorkingDays());
        quantityUnder.setValue(draft.quantityUnderPercent());
        quantityOver.setValue(draft.quantityOverPercent());
        dateEarly.setValue(draft.dateEarlyDays());
        dateLate.setValue(draft.dateLateDays());
        priceUnder.setValue(draft.priceUnderPercent());
        priceOver.setValue(draft.priceOverPercent());
    }

    int ackDeadlineDays() {
        return ackDeadline.getValue() == null ? 0 : ackDeadline.getValue();
    }

    void putFields(Map<String, HasValidation> fields) {
        fields.putAll(Map.of("acknowledgmentDeadlineWorkingDays", ackDeadline, "quantityUnderPercent", quantityUnder,
                "quantityOverPercent", quantityOver, "dateEarlyDays", dateEarly, "dateLateDays", dateLate,
                "priceUnderPercent", priceUnder, "priceOverPercent", priceOver));
    }

    private static BigDecimalField percentField(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setSuffixComponent(new Span("%"));
        field.setPlaceholder(I18NProvider.translate("supplier.tolerances.default"));
        return field;
    }

    private static IntegerField daysField(String label) {
        IntegerField field = new IntegerField(label);
        field.setSuffixComponent(new Span(I18NProvider.translate("supplier.tolerances.days")));
        field.setPlaceholder(I18NProvider.translate("supplier.tolerances.default"));
        field.setMin(0);
        field.setMax(365);
        return field;
    }

    private static String defaultHint(String value) {
        return I18NProvider.translate("supplier.tolerances.defaultHint", value);
    }
}
