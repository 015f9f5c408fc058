package org.supplierportal.apiclient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Keycloak service accounts as the portal's API clients (login mode oidc). Keycloak issues their tokens and checks
 * their secrets, but the portal keeps a row for each, made on its first call: so a system can own webhooks like any
 * API client, an administrator can revoke it in the portal at once, and "last used" shows which systems call.
 */
@Service
public class KeycloakSystems {

    /** A Keycloak system's row never expires in the portal: Keycloak decides how long its tokens live. */
    static final Instant NO_EXPIRY = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final ApiClientCalls calls;
    private final TenantService tenants;
    private final AuditLog auditLog;
    private final Clock clock;

    KeycloakSystems(JdbcTemplate jdbc, ApiClientCalls calls, TenantService tenants, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The check of every API call with a service account's token: its row (made on the first call), then the same
     * checks as for a portal client (revoked, supplier deactivated), and "last used".
     *
     * @param keycloakClientId the token's {@code client_id} (or {@code azp})
     * @param tenant           the supplier Keycloak says the service account acts for; null for the buyer side
     * @param tokenScopes      the API scopes its token names, kept on the row for the screens to show
     * @throws ApiClientRefusedException revoked in the portal, its supplier deactivated, or it moved to another supplier
     */
    @PreAuthorize("hasRole('ADMIN')") // the system, while the call is being authenticated
    @Transactional
    public ApiClientAccess access(String keycloakClientId, TenantId tenant, Set<ApiScope> tokenScopes) {
        // One statement on every call but the first: the row and its check together.
        ApiClientAccess access = calls.accessByKeycloakClientId(keycloakClientId)
                .orElseGet(() -> calls.access(register(keycloakClientId, tenant, tokenScopes)));
        if (!Objects.equals(access.tenantId(), tenant)) {
            throw new ApiClientRefusedException(ApiClientRefusedException.Reason.MOVED_SUPPLIER);
        }
        if (!access.scopes().equals(tokenScopes)) {
            jdbc.update("update api_client set scopes = ? where id = ?", ApiClient.wireNames(tokenScopes), access.clientId());
        }
        return access;
    }

    private Optional<UUID> find(String keycloakClientId) {
        return jdbc.queryForList("select id from api_client where keycloak_client_id = ?", UUID.class, keycloakClientId)
                .stream().findFirst();
    }

    /** Two first calls at once insert one row: the second finds the first's. */
    private UUID register(String keycloakClientId, TenantId tenant, Set<ApiScope> tokenScopes) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update("""
                        insert into api_client (id, tenant_id, name, scopes, keycloak_client_id, expires_at, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'Keycloak')
                        on conflict (keycloak_client_id) where keycloak_client_id is not null do nothing""",
                id, tenant == null ? null : tenant.value(), keycloakClientId, ApiClient.wireNames(tokenScopes), keycloakClientId,
                Timestamp.from(NO_EXPIRY), Timestamp.from(clock.instant()));
        if (inserted == 0) {
            return find(keycloakClientId).orElseThrow();
        }
        String supplier = tenant == null ? "the buyer side" : tenants.find(tenant).map(TenantSummary::name).orElse("?");
        auditLog.record(tenant, AuditAction.API_CLIENT_CREATED, "ApiClient", id.toString(), "Keycloak service account '"
                + keycloakClientId + "' called the API for the first time, for " + supplier, null, null);
        return id;
    }
}
