package org.supplierportal.onboarding;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.ToleranceOverrides;

/**
 * Writes a tenant as a {@code tenants/} file that {@link TenantFileReader} reads back to the same supplier: to move
 * it to another portal, to keep it under version control, or to onboard similar suppliers in bulk. Pure.
 */
final class TenantFileWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private TenantFileWriter() {
    }

    static String write(TenantSummary tenant, List<UserSummary> users) {
        return """
                # %s, exported from the Supplier Portal. One file per supplier; see docs/tenant-files.md.
                # Placed in the tenants folder, this file manages the supplier from the next start on: the file wins
                # over the screen. Passwords are not exported: existing people keep theirs; people new to a portal get
                # a password link from an administrator (or add password: to a user).
                """.formatted(tenant.name()) + YAML.writeValueAsString(fileOf(tenant, users));
    }

    /** The tenant as a file's content, its active users without passwords. */
    static TenantFile fileOf(TenantSummary tenant, List<UserSummary> users) {
        ToleranceOverrides limits = tenant.tolerances();
        return new TenantFile(tenant.key(), tenant.name(), tenant.erpPartyCodes(),
                tenant.contact().equals(org.supplierportal.tenant.Contact.NONE) ? null
                        : new TenantFile.Contact(tenant.contact().name(), tenant.contact().email(), tenant.contact().phone()),
                address(tenant.address()),
                tenant.shipping().equals(ShippingRules.NONE) ? null
                        : new TenantFile.Shipping(address(tenant.shipping().shipFrom()), tenant.shipping().gs1CompanyPrefix(),
                        tenant.shipping().shipBeforeAcknowledgment() ? Boolean.TRUE : null, tenant.shipping().defaultCarrier()),
                limits.equals(ToleranceOverrides.NONE) ? null : new TenantFile.Tolerances(limits.quantityUnderPercent(),
                        limits.quantityOverPercent(), limits.dateEarlyDays(), limits.dateLateDays(),
                        limits.priceUnderPercent(), limits.priceOverPercent()),
                tenant.acknowledgmentDeadlineWorkingDays(),
                users.stream().filter(UserSummary::active)
                        .map(user -> new TenantFile.User(user.username(), user.displayName(), user.email(), user.role().name(), null))
                        .toList(),
                null);
    }

    private static TenantFile.Address address(Address address) {
        return address.isEmpty() ? null
                : new TenantFile.Address(address.street(), address.postalCode(), address.city(), address.countryCode());
    }
}
