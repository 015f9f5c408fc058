package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tolerance.ToleranceLimits;

/** How soon the supplier must acknowledge, and its tolerance limits; an empty limit means the global one (shown). */
class ToleranceSection extends SupplierFormSection {

    final IntegerField ackDeadline = new IntegerField("Acknowledge within");
    final BigDecimalField quantityUnder = percentField("Quantity below ordered");
    final BigDecimalField quantityOver = percentField("Quantity above ordered");
    final IntegerField dateEarly = daysField("Ship date earlier");
    final IntegerField dateLate = daysField("Ship date later");
    final BigDecimalField priceUnder = percentField("Price below ordered");
    final BigDecimalField priceOver = percentField("Price above ordered");

    ToleranceSection(ToleranceLimits defaults) {
        super("Acknowledgment and tolerances");
        ackDeadline.setId("supplier-ack-deadline");
        ackDeadline.setMin(1);
        ackDeadline.setMax(30);
        ackDeadline.setStepButtonsVisible(true);
        ackDeadline.setSuffixComponent(new Span("working days"));
        ackDeadline.setHelperText("After an order arrives, before it counts as overdue");
        quantityUnder.setHelperText(defaultHint(UserFormats.percent(defaults.quantityUnderPercent())));
        quantityOver.setHelperText(defaultHint(UserFormats.percent(defaults.quantityOverPercent())));
        dateEarly.setHelperText(defaultHint(defaults.dateEarlyDays() + " days"));
        dateLate.setHelperText(defaultHint(defaults.dateLateDays() + " days"));
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
        field.setPlaceholder("default");
        return field;
    }

    private static IntegerField daysField(String label) {
        IntegerField field = new IntegerField(label);
        field.setSuffixComponent(new Span("days"));
        field.setPlaceholder("default");
        field.setMin(0);
        field.setMax(365);
        return field;
    }

    private static String defaultHint(String value) {
        return "Empty: the global limit, " + value;
    }
}
