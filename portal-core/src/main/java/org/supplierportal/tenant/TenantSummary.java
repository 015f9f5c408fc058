package org.supplierportal.tenant;

import java.util.List;

import org.supplierportal.tenancy.TenantId;

/** What screens and other modules may know of a tenant. */
public record TenantSummary(TenantId id, String key, String name, boolean active, List<String> erpPartyCodes,
                            Contact contact, ToleranceOverrides tolerances, int acknowledgmentDeadlineWorkingDays,
                            String source) {
}
