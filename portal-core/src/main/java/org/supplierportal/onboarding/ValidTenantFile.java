package org.supplierportal.onboarding;

import java.util.List;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.Contact;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantDefinition;
import org.supplierportal.tenant.ToleranceOverrides;

/** A tenant file that passed validation, ready to apply. */
record ValidTenantFile(String file, TenantDefinition tenant, List<FileUser> users, ChannelSettings channel) {

    record FileUser(String username, String displayName, String email, Role role, String password) {
    }

    /** The file's content as what is applied: texts trimmed, what the file leaves out at its default. */
    static ValidTenantFile of(String file, TenantFile content) {
        TenantFile.Contact contact = content.contact();
        TenantFile.Tolerances tolerances = content.tolerances();
        TenantDefinition definition = new TenantDefinition(content.key(), content.name().strip(),
                content.erpPartyCodes() == null ? List.of() : content.erpPartyCodes().stream().map(String::strip).toList(),
                contact == null ? Contact.NONE : new Contact(trim(contact.name()), trim(contact.email()), trim(contact.phone())),
                tolerances == null ? ToleranceOverrides.NONE : new ToleranceOverrides(tolerances.quantityUnderPercent(),
                        tolerances.quantityOverPercent(), tolerances.dateEarlyDays(), tolerances.dateLateDays(),
                        tolerances.priceUnderPercent(), tolerances.priceOverPercent()),
                content.acknowledgmentDeadlineWorkingDays() == null ? TenantDefinition.DEFAULT_ACKNOWLEDGMENT_DEADLINE
                        : content.acknowledgmentDeadlineWorkingDays(),
                address(content.address()), shipping(content.shipping()));
        List<FileUser> users = content.users() == null ? List.of() : content.users().stream()
                .map(user -> new FileUser(user.username(), user.name().strip(), trim(user.email()),
                        TenantFileUserRules.role(user.role()), user.password()))
                .toList();
        return new ValidTenantFile(file, definition, users, TenantFileChannel.settings(content.b2b()));
    }

    private static Address address(TenantFile.Address address) {
        return address == null ? Address.NONE
                : new Address(address.street(), address.postalCode(), address.city(), address.country());
    }

    private static ShippingRules shipping(TenantFile.Shipping shipping) {
        return shipping == null ? ShippingRules.NONE : new ShippingRules(address(shipping.shipFrom()),
                shipping.gs1CompanyPrefix(), Boolean.TRUE.equals(shipping.shipBeforeAcknowledgment()),
                shipping.defaultCarrier());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
