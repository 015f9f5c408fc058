package org.supplierportal.tolerance.ui;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.tenant.LimitOutOfRangeException;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.LimitOverrides;
import org.supplierportal.tolerance.PartToleranceView;
import com.vaadin.flow.i18n.I18NProvider;

/** Adds or changes one part number's limits; an empty field means "the supplier's limit applies". */
class PartToleranceDialog extends Dialog {

    private final TextField partNumber = TextLimits.limit(new TextField(I18NProvider.translate("tolerances.column.partNumber")), 100);
    private final BigDecimalField quantityUnder = new BigDecimalField(I18NProvider.translate("tolerances.dialog.qtyUnder"));
    private final BigDecimalField quantityOver = new BigDecimalField(I18NProvider.translate("tolerances.dialog.qtyOver"));
    private final IntegerField early = new IntegerField(I18NProvider.translate("tolerances.column.daysEarly"));
    private final IntegerField late = new IntegerField(I18NProvider.translate("tolerances.column.daysLate"));
    private final BigDecimalField priceUnder = new BigDecimalField(I18NProvider.translate("tolerances.dialog.priceBelow"));
    private final BigDecimalField priceOver = new BigDecimalField(I18NProvider.translate("tolerances.dialog.priceAbove"));
    private final Map<String, HasValidation> fields = Map.of("partNumber", partNumber,
            "quantityUnderPercent", quantityUnder, "quantityOverPercent", quantityOver, "dateEarlyDays", early,
            "dateLateDays", late, "priceUnderPercent", priceUnder, "priceOverPercent", priceOver);

    PartToleranceDialog(TenantSummary tenant, PartToleranceView existing, BiConsumer<String, LimitOverrides> save) {
        setHeaderTitle(existing == null ? getTranslation("tolerances.dialog.newTitle", tenant.name())
                : getTranslation("tolerances.dialog.editTitle", existing.partNumber()));
        partNumber.setRequiredIndicatorVisible(true);
        partNumber.setId("part-number");
        quantityOver.setId("part-quantity-over");
        late.setId("part-days-late");
        if (existing != null) {
            partNumber.setValue(existing.partNumber());
            partNumber.setReadOnly(true);
            LimitOverrides limits = existing.limits();
            quantityUnder.setValue(limits.quantityUnderPercent());
            quantityOver.setValue(limits.quantityOverPercent());
            early.setValue(limits.dateEarlyDays());
            late.setValue(limits.dateLateDays());
            priceUnder.setValue(limits.priceUnderPercent());
            priceOver.setValue(limits.priceOverPercent());
        }
        FormLayout form = new FormLayout(partNumber, quantityUnder, quantityOver, early, late, priceUnder, priceOver);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.setColspan(partNumber, 2);
        add(form);
        Button saveButton = new Button(getTranslation("tolerances.dialog.save"), click -> {
            FieldErrors.clear(fields);
            try {
                save.accept(partNumber.getValue(), new LimitOverrides(quantityUnder.getValue(), quantityOver.getValue(),
                        early.getValue(), late.getValue(), priceUnder.getValue(), priceOver.getValue()));
                Confirmations.done(getTranslation("tolerances.dialog.saved", partNumber.getValue().strip()));
                close();
            } catch (ConstraintViolationException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (LimitOutOfRangeException outOfRange) {
                HasValidation target = fields.get(outOfRange.field());
                if (target == null) {
                    Confirmations.failed(RuleTexts.refusal(outOfRange));
                } else {
                    target.setErrorMessage(RuleTexts.refusal(outOfRange));
                    target.setInvalid(true);
                }
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save-part-tolerance");
        getFooter().add(new Button(getTranslation("webhooks.dialog.cancel"), click -> close()), saveButton);
    }

}
