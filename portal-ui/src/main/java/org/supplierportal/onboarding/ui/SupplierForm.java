package org.supplierportal.onboarding.ui;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tolerance.ToleranceLimits;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Everything an admin records about a supplier, in sections. Shows the service's messages next to the fields;
 * read-only when the supplier is managed by a file (or the user is a buyer).
 */
class SupplierForm extends Div {

    private final TextField name = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.name")), 200);
    private final TextField key = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.key")), 64);
    private final TextField partyCodes = TextLimits.limit(new TextField(I18NProvider.translate("suppliers.column.partyCodes")), 1000);
    private final TextField contactName = TextLimits.limit(new TextField(I18NProvider.translate("contact.field.name")), 200);
    private final EmailField contactEmail = TextLimits.limit(new EmailField(I18NProvider.translate("contact.field.email")), 254);
    private final TextField contactPhone = TextLimits.limit(new TextField(I18NProvider.translate("contact.field.phone")), 50);
    private final AddressFields address = new AddressFields("");
    private final AddressFields shipFrom = new AddressFields("shipFrom");
    private final TextField gs1Prefix = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.gs1")), 12);
    private final TextField defaultCarrier = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.carrier")), 100);
    private final Checkbox shipBeforeAck = new Checkbox(I18NProvider.translate("supplier.form.shipBeforeAck"));
    private final ToleranceSection tolerances;
    private final Map<String, HasValidation> fields = new HashMap<>();

    SupplierForm(boolean newSupplier, ToleranceLimits defaults) {
        addClassName("supplier-form");
        name.setId("supplier-name");
        name.setRequiredIndicatorVisible(true);
        key.setId("supplier-key");
        key.setRequiredIndicatorVisible(true);
        key.setHelperText(getTranslation(newSupplier ? "supplier.form.key.new" : "supplier.form.key.fixed"));
        key.setReadOnly(!newSupplier);
        if (newSupplier) {
            name.addValueChangeListener(change -> {
                if (change.isFromClient() && (key.isEmpty() || key.getValue().equals(keyFrom(change.getOldValue())))) {
                    key.setValue(keyFrom(change.getValue()));
                }
            });
        }
        partyCodes.setId("supplier-party-codes");
        partyCodes.setHelperText(getTranslation("supplier.form.partyCodes.help"));
        contactEmail.setId("supplier-contact-email");
        contactPhone.setHelperText(getTranslation("contact.field.phone.help"));
        gs1Prefix.setId("supplier-gs1-prefix");
        gs1Prefix.setHelperText(getTranslation("supplier.form.gs1.help"));
        gs1Prefix.setAllowedCharPattern("[0-9]");
        gs1Prefix.setMaxLength(12);
        tolerances = new ToleranceSection(defaults);

        SupplierFormSection shipping = new SupplierFormSection(getTranslation("supplier.form.shipping"), shipFrom.components());
        shipping.add(gs1Prefix, defaultCarrier, shipBeforeAck);
        add(new SupplierFormSection(getTranslation("supplier.form.company"), name, key),
                new SupplierFormSection(getTranslation("supplier.form.erp"), partyCodes),
                new SupplierFormSection(getTranslation("supplier.form.primaryContact"), contactName, contactEmail, contactPhone),
                new SupplierFormSection(getTranslation("supplier.form.address"), address.components()), shipping, tolerances);
        fields.putAll(Map.of("name", name, "key", key, "erpPartyCodes", partyCodes, "<list element>", partyCodes,
                "contactName", contactName, "contactEmail", contactEmail, "contactPhone", contactPhone,
                "gs1CompanyPrefix", gs1Prefix, "defaultCarrier", defaultCarrier));
        address.putFields(fields);
        shipFrom.putFields(fields);
        tolerances.putFields(fields);
    }

    void show(TenantDraft draft) {
        name.setValue(text(draft.name()));
        key.setValue(text(draft.key()));
        partyCodes.setValue(String.join(", ", draft.erpPartyCodes()));
        contactName.setValue(text(draft.contactName()));
        contactEmail.setValue(text(draft.contactEmail()));
        contactPhone.setValue(text(draft.contactPhone()));
        address.show(draft.street(), draft.postalCode(), draft.city(), draft.country());
        shipFrom.show(draft.shipFromStreet(), draft.shipFromPostalCode(), draft.shipFromCity(), draft.shipFromCountry());
        gs1Prefix.setValue(text(draft.gs1CompanyPrefix()));
        defaultCarrier.setValue(text(draft.defaultCarrier()));
        shipBeforeAck.setValue(draft.shipBeforeAcknowledgment());
        tolerances.show(draft);
    }

    TenantDraft draft() {
        List<String> codes = Arrays.stream(partyCodes.getValue().split(","))
                .map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new TenantDraft(key.getValue(), name.getValue(), codes, contactName.getValue(), blankToNull(contactEmail.getValue()),
                contactPhone.getValue(), address.street.getValue(), address.postalCode.getValue(), address.city.getValue(),
                address.country.getValue(), shipFrom.street.getValue(), shipFrom.postalCode.getValue(), shipFrom.city.getValue(),
                shipFrom.country.getValue(), gs1Prefix.getValue(), shipBeforeAck.getValue(), defaultCarrier.getValue(),
                tolerances.ackDeadlineDays(), tolerances.quantityUnder.getValue(), tolerances.quantityOver.getValue(),
                tolerances.dateEarly.getValue(), tolerances.dateLate.getValue(), tolerances.priceUnder.getValue(),
                tolerances.priceOver.getValue());
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(readOnly));
        key.setReadOnly(true);
        shipBeforeAck.setReadOnly(readOnly);
    }

    void clearErrors() {
        FieldErrors.clear(fields);
    }

    /** Places the service's messages by their fields; what no field can show goes in a message. */
    void showRefusal(ConstraintViolationException invalid) {
        String rest = FieldErrors.show(invalid, fields);
        Confirmations.failed(rest.isEmpty() ? getTranslation("supplier.form.fixFields") : rest);
    }

    /** Places a refusal by its field, or in a message when it belongs to no field. */
    void showRefusal(TenantRejectedException rejected) {
        HasValidation field = rejected.field() == null ? null : fields.get(rejected.field());
        if (field == null) {
            Confirmations.failed(RuleTexts.refusal(rejected));
            return;
        }
        field.setErrorMessage(RuleTexts.refusal(rejected));
        field.setInvalid(true);
    }

    void focus() {
        name.focus();
    }

    /** A key proposed from the name: "Acme Metals AB" becomes acme-metals-ab. */
    static String keyFrom(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.length() > 64 ? key.substring(0, 64).replaceAll("-+$", "") : key;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
