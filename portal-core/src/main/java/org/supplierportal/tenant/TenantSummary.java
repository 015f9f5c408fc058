package org.supplierportal.tenant;

import java.time.Instant;
import java.util.List;

import org.supplierportal.tenancy.TenantId;

/**
 * What screens and other modules may know of a tenant.
 *
 * @param source     FILE when a tenant file manages it (the file wins at every start), SCREEN when an admin does
 * @param sourceFile the managing file, for FILE
 * @param version    for edits: an edit based on an older version is refused rather than overwriting a newer one
 */
public record TenantSummary(TenantId id, String key, String name, boolean active, List<String> erpPartyCodes,
                            Contact contact, ToleranceOverrides tolerances, int acknowledgmentDeadlineWorkingDays,
                            String source, String sourceFile, Address address, ShippingRules shipping,
                            Instant tolerancesReviewedAt, String tolerancesReviewedBy, Instant deactivatedAt,
                            Instant createdAt, long version) {

    public static final String SOURCE_FILE = "FILE";
    public static final String SOURCE_SCREEN = "SCREEN";

    public boolean managedByFile() {
        return SOURCE_FILE.equals(source);
    }

    /** The definition that describes this tenant as it is, for editing and for export. */
    public TenantDefinition definition() {
        return new TenantDefinition(key, name, erpPartyCodes, contact, tolerances, acknowledgmentDeadlineWorkingDays,
                address, shipping);
    }
}
