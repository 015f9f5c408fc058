package org.supplierportal.tenant;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything needed to onboard or update a supplier tenant, whether it comes from a {@code tenants/} file or a
 * screen. The key is the stable identity: applying the same definition twice changes nothing.
 */
public record TenantDefinition(String key, String name, List<String> erpPartyCodes, Contact contact,
                               ToleranceOverrides tolerances, int acknowledgmentDeadlineWorkingDays,
                               Address address, ShippingRules shipping) {

    public static final int DEFAULT_ACKNOWLEDGMENT_DEADLINE = 2;

    public static final Pattern KEY_FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public TenantDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (!KEY_FORMAT.matcher(key).matches()) {
            throw new IllegalArgumentException("key '" + key + "' must be lower-case letters, digits and dashes");
        }
        erpPartyCodes = List.copyOf(erpPartyCodes == null ? List.of() : erpPartyCodes);
        contact = contact == null ? Contact.NONE : contact;
        tolerances = tolerances == null ? ToleranceOverrides.NONE : tolerances;
        address = address == null ? Address.NONE : address;
        shipping = shipping == null ? ShippingRules.NONE : shipping;
        if (acknowledgmentDeadlineWorkingDays < 1 || acknowledgmentDeadlineWorkingDays > 30) {
            throw new IllegalArgumentException("the acknowledgment deadline must be 1 to 30 working days");
        }
    }
}
