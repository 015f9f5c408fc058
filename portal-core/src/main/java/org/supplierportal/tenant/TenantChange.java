package org.supplierportal.tenant;

import org.supplierportal.tenancy.TenantId;

/** The outcome of applying a tenant definition: which tenant, and whether it was created, updated or unchanged. */
public record TenantChange(TenantId tenantId, String key, Kind kind) {

    public enum Kind { CREATED, UPDATED, UNCHANGED }
}
