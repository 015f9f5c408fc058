package org.supplierportal.tenant;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A postal address; every part optional, so a supplier can be onboarded before all of it is known.
 *
 * @param countryCode ISO 3166-1 alpha-2 (SE, DE), upper case
 */
public record Address(String street, String postalCode, String city, String countryCode) {

    public static final Address NONE = new Address(null, null, null, null);

    private static final Pattern COUNTRY_FORMAT = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        street = blankToNull(street);
        postalCode = blankToNull(postalCode);
        city = blankToNull(city);
        countryCode = blankToNull(countryCode);
        if (countryCode != null) {
            countryCode = countryCode.toUpperCase(Locale.ROOT);
            if (!isCountryCode(countryCode)) {
                throw new IllegalArgumentException("'" + countryCode + "' is not a country code such as SE or DE");
            }
        }
    }

    /** Whether the text is an ISO 3166 country code (two letters, upper case). */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRY_FORMAT.matcher(code).matches() && COUNTRIES.contains(code);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
