package org.supplierportal.onboarding.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantRejectedException;
import org.supplierportal.tolerance.ToleranceLimits;

/**
 * Everything an admin records about a supplier, in sections. Shows the service's messages next to the fields;
 * read-only when the supplier is managed by a file (or the user is a buyer).
 */
class SupplierForm extends Div {

    private final TextField name = TextLimits.limit(new TextField("Company name"), 200);
    private final TextField key = TextLimits.limit(new TextField("Key"), 64);
    private final TextField partyCodes = TextLimits.limit(new TextField("ERP party codes"), 1000);
    private final TextField contactName = TextLimits.limit(new TextField("Name"), 200);
    private final EmailField contactEmail = TextLimits.limit(new EmailField("E-mail"), 254);
    private final TextField contactPhone = TextLimits.limit(new TextField("Phone"), 50);
    private final TextField street = TextLimits.limit(new TextField("Street"), 200);
    private final TextField postalCode = TextLimits.limit(new TextField("Postal code"), 20);
    private final TextField city = TextLimits.limit(new TextField("City"), 100);
    private final ComboBox<String> country = countryField("Country");
    private final TextField shipFromStreet = TextLimits.limit(new TextField("Street"), 200);
    private final TextField shipFromPostalCode = TextLimits.limit(new TextField("Postal code"), 20);
    private final TextField shipFromCity = TextLimits.limit(new TextField("City"), 100);
    private final ComboBox<String> shipFromCountry = countryField("Country");
    private final TextField gs1Prefix = TextLimits.limit(new TextField("GS1 company prefix"), 12);
    private final TextField defaultCarrier = TextLimits.limit(new TextField("Usual carrier"), 100);
    private final Checkbox shipBeforeAck = new Checkbox("May ship lines before acknowledging them");
    private final IntegerField ackDeadline = new IntegerField("Acknowledge within");
    private final BigDecimalField quantityUnder = percentField("Quantity below ordered");
    private final BigDecimalField quantityOver = percentField("Quantity above ordered");
    private final IntegerField dateEarly = daysField("Ship date earlier");
    private final IntegerField dateLate = daysField("Ship date later");
    private final BigDecimalField priceUnder = percentField("Price below ordered");
    private final BigDecimalField priceOver = percentField("Price above ordered");
    private final Map<String, HasValidation> fields = new HashMap<>();

    SupplierForm(boolean newSupplier, ToleranceLimits defaults) {
        addClassName("supplier-form");
        name.setId("supplier-name");
        name.setRequiredIndicatorVisible(true);
        key.setId("supplier-key");
        key.setRequiredIndicatorVisible(true);
        key.setHelperText(newSupplier ? "Short and permanent, e.g. acme-metals: it names the supplier's file and its login organization"
                : "Cannot change: files, the ERP mapping and logins refer to it");
        key.setReadOnly(!newSupplier);
        if (newSupplier) {
            name.addValueChangeListener(change -> {
                if (change.isFromClient() && (key.isEmpty() || key.getValue().equals(keyFrom(change.getOldValue())))) {
                    key.setValue(keyFrom(change.getValue()));
                }
            });
        }
        partyCodes.setId("supplier-party-codes");
        partyCodes.setHelperText("The supplier's code(s) in the ERP, separated by commas, e.g. SUP-1001. Orders for these codes reach this supplier.");
        contactEmail.setId("supplier-contact-email");
        contactPhone.setHelperText("With country code, e.g. +46 31 555 01 00");
        gs1Prefix.setId("supplier-gs1-prefix");
        gs1Prefix.setHelperText("6 to 12 digits from the supplier's GS1 certificate; its shipping labels' SSCCs start with it");
        gs1Prefix.setAllowedCharPattern("[0-9]");
        gs1Prefix.setMaxLength(12);
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

        add(section("Company", name, key), section("ERP mapping", partyCodes),
                section("Primary contact", contactName, contactEmail, contactPhone),
                section("Address", street, postalCode, city, country),
                section("Shipping", shipFromStreet, shipFromPostalCode, shipFromCity, shipFromCountry, gs1Prefix,
                        defaultCarrier, shipBeforeAck),
                section("Acknowledgment and tolerances", ackDeadline, quantityUnder, quantityOver, dateEarly, dateLate,
                        priceUnder, priceOver));
        fields.putAll(Map.ofEntries(Map.entry("name", name), Map.entry("key", key),
                Map.entry("erpPartyCodes", partyCodes), Map.entry("<list element>", partyCodes),
                Map.entry("contactName", contactName), Map.entry("contactEmail", contactEmail),
                Map.entry("contactPhone", contactPhone), Map.entry("street", street), Map.entry("postalCode", postalCode),
                Map.entry("city", city), Map.entry("country", country), Map.entry("shipFromStreet", shipFromStreet),
                Map.entry("shipFromPostalCode", shipFromPostalCode), Map.entry("shipFromCity", shipFromCity),
                Map.entry("shipFromCountry", shipFromCountry), Map.entry("gs1CompanyPrefix", gs1Prefix),
                Map.entry("defaultCarrier", defaultCarrier), Map.entry("acknowledgmentDeadlineWorkingDays", ackDeadline),
                Map.entry("quantityUnderPercent", quantityUnder), Map.entry("quantityOverPercent", quantityOver),
                Map.entry("dateEarlyDays", dateEarly), Map.entry("dateLateDays", dateLate),
                Map.entry("priceUnderPercent", priceUnder), Map.entry("priceOverPercent", priceOver)));
    }

    void show(TenantDraft draft) {
        name.setValue(text(draft.name()));
        key.setValue(text(draft.key()));
        partyCodes.setValue(String.join(", ", draft.erpPartyCodes()));
        contactName.setValue(text(draft.contactName()));
        contactEmail.setValue(text(draft.contactEmail()));
        contactPhone.setValue(text(draft.contactPhone()));
        street.setValue(text(draft.street()));
        postalCode.setValue(text(draft.postalCode()));
        city.setValue(text(draft.city()));
        country.setValue(draft.country());
        shipFromStreet.setValue(text(draft.shipFromStreet()));
        shipFromPostalCode.setValue(text(draft.shipFromPostalCode()));
        shipFromCity.setValue(text(draft.shipFromCity()));
        shipFromCountry.setValue(draft.shipFromCountry());
        gs1Prefix.setValue(text(draft.gs1CompanyPrefix()));
        defaultCarrier.setValue(text(draft.defaultCarrier()));
        shipBeforeAck.setValue(draft.shipBeforeAcknowledgment());
        ackDeadline.setValue(draft.acknowledgmentDeadlineWorkingDays());
        quantityUnder.setValue(draft.quantityUnderPercent());
        quantityOver.setValue(draft.quantityOverPercent());
        dateEarly.setValue(draft.dateEarlyDays());
        dateLate.setValue(draft.dateLateDays());
        priceUnder.setValue(draft.priceUnderPercent());
        priceOver.setValue(draft.priceOverPercent());
    }

    TenantDraft draft() {
        List<String> codes = Arrays.stream(partyCodes.getValue().split(","))
                .map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new TenantDraft(key.getValue(), name.getValue(), codes, contactName.getValue(), blankToNull(contactEmail.getValue()),
                contactPhone.getValue(), street.getValue(), postalCode.getValue(), city.getValue(), country.getValue(),
                shipFromStreet.getValue(), shipFromPostalCode.getValue(), shipFromCity.getValue(), shipFromCountry.getValue(),
                gs1Prefix.getValue(), shipBeforeAck.getValue(), defaultCarrier.getValue(),
                ackDeadline.getValue() == null ? 0 : ackDeadline.getValue(), quantityUnder.getValue(),
                quantityOver.getValue(), dateEarly.getValue(), dateLate.getValue(), priceUnder.getValue(), priceOver.getValue());
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(readOnly));
        key.setReadOnly(true);
        shipBeforeAck.setReadOnly(readOnly);
    }

    void clearErrors() {
        FieldErrors.clear(fields);
    }

    /** Places the service's messages by their fields; returns what no field could show. */
    String showErrors(ConstraintViolationException invalid) {
        return FieldErrors.show(invalid, fields);
    }

    /** Places a refusal by its field; returns false when it belongs to no field. */
    boolean showError(TenantRejectedException rejected) {
        HasValidation field = rejected.field() == null ? null : fields.get(rejected.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(rejected.getMessage());
        field.setInvalid(true);
        return true;
    }

    void focus() {
        name.focus();
    }

    private static FormLayout section(String title, com.vaadin.flow.component.Component... components) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        H3 heading = new H3(title);
        heading.addClassName("form-section-title");
        form.add(heading, 4);
        form.add(components);
        return form;
    }

    private static ComboBox<String> countryField(String label) {
        ComboBox<String> field = new ComboBox<>(label);
        Locale locale = UserFormats.locale();
        field.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale))).toList());
        field.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        field.setClearButtonVisible(true);
        return field;
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

    /** A key proposed from the name: "Acme Metals AB" becomes acme-metals-ab. */
    static String keyFrom(String name) {
        if (name == null) {
            return "";
        }
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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
