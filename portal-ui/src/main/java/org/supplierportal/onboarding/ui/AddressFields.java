package org.supplierportal.onboarding.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/** The four fields of an address (the supplier's, or where it ships from), for a section of the supplier form. */
final class AddressFields {

    final TextField street = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.street")), 200);
    final TextField postalCode = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.postalCode")), 20);
    final TextField city = TextLimits.limit(new TextField(I18NProvider.translate("supplier.form.city")), 100);
    final ComboBox<String> country = countryField();
    private final String prefix;

    /** @param prefix how the service names these fields: "" for street, postalCode…; "shipFrom" for shipFromStreet… */
    AddressFields(String prefix) {
        this.prefix = prefix;
    }

    Component[] components() {
        return new Component[] {street, postalCode, city, country};
    }

    void show(String streetValue, String postalCodeValue, String cityValue, String countryCode) {
        street.setValue(streetValue == null ? "" : streetValue);
        postalCode.setValue(postalCodeValue == null ? "" : postalCodeValue);
        city.setValue(cityValue == null ? "" : cityValue);
        country.setValue(countryCode);
    }

    void putFields(Map<String, HasValidation> fields) {
        fields.put(name("street"), street);
        fields.put(name("postalCode"), postalCode);
        fields.put(name("city"), city);
        fields.put(name("country"), country);
    }

    private String name(String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static ComboBox<String> countryField() {
        ComboBox<String> field = new ComboBox<>(I18NProvider.translate("supplier.form.country"));
        Locale locale = UserFormats.locale();
        field.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale))).toList());
        field.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        field.setClearButtonVisible(true);
        return field;
    }
}
