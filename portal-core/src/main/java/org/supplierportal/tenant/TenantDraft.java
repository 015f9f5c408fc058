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
        @NotBlank(message = "{validation.tenant.key.required}")
        @Pattern(regexp = "^$|[a-z0-9][a-z0-9-]{0,63}", message = "{validation.tenant.key.format}")
        String key,
        @NotBlank(message = "{validation.tenant.name.required}") @Size(max = 200, message = "{validation.max200}") String name,
        @NotNull List<@NotBlank(message = "{validation.tenant.partyCode.blank}")
        @Size(max = 64, message = "{validation.tenant.partyCode.max}")
        @Pattern(regexp = "^\\S*$", message = "{validation.tenant.partyCode.spaces}") String> erpPartyCodes,
        @Size(max = 200, message = "{validation.max200}") String contactName,
        @Email(message = "{validation.email.format}") @Size(max = 254, message = "{validation.max254}")
        String contactEmail,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,50}$", message = "{validation.phone}")
        String contactPhone,
        @Size(max = 200, message = "{validation.max200}") String street,
        @Size(max = 20, message = "{validation.max20}") String postalCode,
        @Size(max = 100, message = "{validation.max100}") String city,
        @Pattern(regexp = "^$|[A-Z]{2}", message = "{validation.tenant.country}") String country,
        @Size(max = 200, message = "{validation.max200}") String shipFromStreet,
        @Size(max = 20, message = "{validation.max20}") String shipFromPostalCode,
        @Size(max = 100, message = "{validation.max100}") String shipFromCity,
        @Pattern(regexp = "^$|[A-Z]{2}", message = "{validation.tenant.country}") String shipFromCountry,
        @Pattern(regexp = "^$|[0-9]{6,12}", message = "{validation.tenant.gs1}")
        String gs1CompanyPrefix,
        boolean shipBeforeAcknowledgment,
        @Size(max = 100, message = "{validation.max100}") String defaultCarrier,
        @Min(value = 1, message = "{validation.tenant.ackMin}") @Max(value = 30, message = "{validation.tenant.ackMax}")
        int acknowledgmentDeadlineWorkingDays,
        @DecimalMin(value = "0", message = "{validation.tenant.percent}") @DecimalMax(value = "100", message = "{validation.tenant.percent}")
        @Digits(integer = 3, fraction = 2, message = "{validation.tenant.decimals}") BigDecimal quantityUnderPercent,
        @DecimalMin(value = "0", message = "{validation.tenant.percent}") @DecimalMax(value = "100", message = "{validation.tenant.percent}")
        @Digits(integer = 3, fraction = 2, message = "{validation.tenant.decimals}") BigDecimal quantityOverPercent,
        @Min(value = 0, message = "{validation.tenant.days}") @Max(value = 365, message = "{validation.tenant.days}") Integer dateEarlyDays,
        @Min(value = 0, message = "{validation.tenant.days}") @Max(value = 365, message = "{validation.tenant.days}") Integer dateLateDays,
        @DecimalMin(value = "0", message = "{validation.tenant.percent}") @DecimalMax(value = "100", message = "{validation.tenant.percent}")
        @Digits(integer = 3, fraction = 2, message = "{validation.tenant.decimals}") BigDecimal priceUnderPercent,
        @DecimalMin(value = "0", message = "{validation.tenant.percent}") @DecimalMax(value = "100", message = "{validation.tenant.percent}")
        @Digits(integer = 3, fraction = 2, message = "{validation.tenant.decimals}") BigDecimal priceOverPercent) {

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
