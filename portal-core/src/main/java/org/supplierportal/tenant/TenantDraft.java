package org.supplierportal.tenant;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A supplier as an admin enters it on the screen; validated on the server, the form shows the same messages next to
 * each field. Empty optional fields are null. Tolerance limits left empty mean "use the global default".
 */
public record TenantDraft(
        @NotBlank(message = "Enter a key, e.g. acme-metals")
        @Pattern(regexp = "^$|[a-z0-9][a-z0-9-]{0,63}", message = "Use lower-case letters, digits and dashes, starting with a letter or digit (at most 64)")
        String key,
        @NotBlank(message = "Enter the company's name") @Size(max = 200, message = "At most 200 characters") String name,
        @NotNull List<@NotBlank(message = "A party code cannot be empty")
        @Size(max = 64, message = "A party code has at most 64 characters")
        @Pattern(regexp = "^\\S*$", message = "A party code has no spaces; separate codes with commas") String> erpPartyCodes,
        @Size(max = 200, message = "At most 200 characters") String contactName,
        @Email(message = "Enter an e-mail address like name@company.com") @Size(max = 254, message = "At most 254 characters")
        String contactEmail,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,50}$", message = "Enter a phone number with digits, spaces and an optional leading +")
        String contactPhone,
        @Size(max = 200, message = "At most 200 characters") String street,
        @Size(max = 20, message = "At most 20 characters") String postalCode,
        @Size(max = 100, message = "At most 100 characters") String city,
        @Pattern(regexp = "^$|[A-Z]{2}", message = "Choose a country") String country,
        @Size(max = 200, message = "At most 200 characters") String shipFromStreet,
        @Size(max = 20, message = "At most 20 characters") String shipFromPostalCode,
        @Size(max = 100, message = "At most 100 characters") String shipFromCity,
        @Pattern(regexp = "^$|[A-Z]{2}", message = "Choose a country") String shipFromCountry,
        @Pattern(regexp = "^$|[0-9]{6,12}", message = "A GS1 company prefix has 6 to 12 digits, as on the GS1 certificate")
        String gs1CompanyPrefix,
        boolean shipBeforeAcknowledgment,
        @Size(max = 100, message = "At most 100 characters") String defaultCarrier,
        @Min(value = 1, message = "At least 1 working day") @Max(value = 30, message = "At most 30 working days")
        int acknowledgmentDeadlineWorkingDays,
        @DecimalMin(value = "0", message = "0 to 100 %") @DecimalMax(value = "100", message = "0 to 100 %")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals") BigDecimal quantityUnderPercent,
        @DecimalMin(value = "0", message = "0 to 100 %") @DecimalMax(value = "100", message = "0 to 100 %")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals") BigDecimal quantityOverPercent,
        @Min(value = 0, message = "0 to 365 days") @Max(value = 365, message = "0 to 365 days") Integer dateEarlyDays,
        @Min(value = 0, message = "0 to 365 days") @Max(value = 365, message = "0 to 365 days") Integer dateLateDays,
        @DecimalMin(value = "0", message = "0 to 100 %") @DecimalMax(value = "100", message = "0 to 100 %")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals") BigDecimal priceUnderPercent,
        @DecimalMin(value = "0", message = "0 to 100 %") @DecimalMax(value = "100", message = "0 to 100 %")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals") BigDecimal priceOverPercent) {

    /** A draft of an existing tenant, to edit it. */
    public static TenantDraft of(TenantSummary tenant) {
        Address address = tenant.address();
        ShippingRules shipping = tenant.shipping();
        ToleranceOverrides limits = tenant.tolerances();
        return new TenantDraft(tenant.key(), tenant.name(), tenant.erpPartyCodes(), tenant.contact().name(),
                tenant.contact().email(), tenant.contact().phone(), address.street(), address.postalCode(),
                address.city(), address.countryCode(), shipping.shipFrom().street(), shipping.shipFrom().postalCode(),
                shipping.shipFrom().city(), shipping.shipFrom().countryCode(), shipping.gs1CompanyPrefix(),
                shipping.shipBeforeAcknowledgment(), shipping.defaultCarrier(),
                tenant.acknowledgmentDeadlineWorkingDays(), limits.quantityUnderPercent(), limits.quantityOverPercent(),
                limits.dateEarlyDays(), limits.dateLateDays(), limits.priceUnderPercent(), limits.priceOverPercent());
    }

    /** A new supplier's defaults: the usual acknowledgment deadline, global tolerances. */
    public static TenantDraft empty() {
        return new TenantDraft("", "", List.of(), null, null, null, null, null, null, null, null, null, null, null,
                null, false, null, TenantDefinition.DEFAULT_ACKNOWLEDGMENT_DEADLINE, null, null, null, null, null, null);
    }

    TenantDefinition definition() {
        return new TenantDefinition(key.strip(), name.strip(), erpPartyCodes.stream().map(String::strip).distinct().toList(),
                new Contact(trim(contactName), trim(contactEmail), trim(contactPhone)),
                new ToleranceOverrides(quantityUnderPercent, quantityOverPercent, dateEarlyDays, dateLateDays,
                        priceUnderPercent, priceOverPercent),
                acknowledgmentDeadlineWorkingDays,
                new Address(street, postalCode, city, country),
                new ShippingRules(new Address(shipFromStreet, shipFromPostalCode, shipFromCity, shipFromCountry),
                        gs1CompanyPrefix, shipBeforeAcknowledgment, defaultCarrier));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
