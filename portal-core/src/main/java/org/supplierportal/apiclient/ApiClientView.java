package org.supplierportal.apiclient;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.supplierportal.tenancy.TenantId;

/**
 * An API client as the screens show it (never its secret).
 *
 * @param id         also the OAuth2 client_id
 * @param tenantId   the supplier it acts for; null for the buyer side
 * @param lastUsedAt the last call, to the minute; null if never used
 * @param keycloakClientId the Keycloak service account it stands for (login mode oidc), whose tokens Keycloak issues
 *                         and whose lifetime Keycloak sets; null for a client of the portal's own token endpoint
 */
public record ApiClientView(UUID id, String name, TenantId tenantId, String tenantName, Set<ApiScope> scopes,
                            Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
                            Instant lastUsedAt, String keycloakClientId) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean managedInKeycloak() {
        return keycloakClientId != null;
    }

    public boolean buyerSide() {
        return tenantId == null;
    }

    public String clientId() {
        return id.toString();
    }
}
