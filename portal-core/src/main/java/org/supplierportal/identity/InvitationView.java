package org.supplierportal.identity;

import java.time.Instant;
import java.util.UUID;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/** An open invitation as the people screens list it. */
public record InvitationView(UUID id, String email, String displayName, Role role, TenantId tenantId,
                             String tenantName, boolean passwordReset, InvitationCheck.State state, String invitedBy,
                             Instant createdAt, Instant lastSentAt, int sendCount, Instant expiresAt) {
}
