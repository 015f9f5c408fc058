package org.supplierportal.identity;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/** A user account as screens show it; never the password hash. */
public record UserSummary(UUID id, String username, String displayName, String email, Role role, TenantId tenantId,
                          String tenantName, boolean active, Instant lastLoginAt, String source,
                          boolean passwordSet) {
}
