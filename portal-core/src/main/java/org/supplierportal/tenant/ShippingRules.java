package org.supplierportal.tenant;

import java.util.regex.Pattern;

/**
 * How a supplier ships: where from, the GS1 company prefix its shipping labels' SSCCs start with, whether it may
 * ship lines not yet acknowledged, and the carrier its ASNs name unless told otherwise.
 */
public record ShippingRules(Address shipFrom, String gs1CompanyPrefix, boolean shipBeforeAcknowledgment,
                            String defaultCarrier) {

    public static final ShippingRules NONE = new ShippingRules(Address.NONE, null, false, null);

    /** GS1 company prefixes have 6 to 12 digits; with the SSCC's extension digit and serial they make 17. */
    public static final Pattern GS1_PREFIX_FORMAT = Pattern.compile("[0-9]{6,12}");

    public ShippingRules {
        shipFrom = shipFrom == null ? Address.NONE : shipFrom;
        gs1CompanyPrefix = gs1CompanyPrefix == null || gs1CompanyPrefix.isBlank() ? null : gs1CompanyPrefix.strip();
        defaultCarrier = defaultCarrier == null || defaultCarrier.isBlank() ? null : defaultCarrier.strip();
        if (gs1CompanyPrefix != null && !GS1_PREFIX_FORMAT.matcher(gs1CompanyPrefix).matches()) {
            throw new IllegalArgumentException("the GS1 company prefix must be 6 to 12 digits, not '" + gs1CompanyPrefix + "'");
        }
    }
}
