package org.supplierportal.tolerance;

import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/** A part-number override as the admin screen shows it. */
public record PartToleranceView(UUID id, TenantId tenantId, String partNumber, LimitOverrides limits) {
}
