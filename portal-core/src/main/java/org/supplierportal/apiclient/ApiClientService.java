package org.supplierportal.apiclient;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Creating, listing and revoking API clients, and the checks the API makes of them: at the token endpoint (the
 * secret's hash) and on every call (still usable?). Admins manage any supplier's clients and the buyer side's;
 * supplier administrators their own company's.
 */
@Service
public class ApiClientService {

    private final ApiClientRepository clients;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClientSecretEncoder secrets = new ClientSecretEncoder();

    ApiClientService(ApiClientRepository clients, TenantService tenants, CurrentUsers currentUsers, AuditLog auditLog,
                     JdbcTemplate jdbc, Clock clock) {
        this.clients = clients;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates a client and returns its secret, which the portal keeps only as a hash: this is the one time it can be
     * shown.
     *
     * @throws InvalidApiClientException every problem of the draft; nothing saved
     */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('SUPPLIER_ADMIN') and #draft.supplier() == principal.currentUser().tenantId())")
    @Transactional
    public CreatedApiClient create(ApiClientDraft draft) {
        Instant now = clock.instant();
        List<ApiClientProblem> problems = new java.util.ArrayList<>(ApiClientRule.problems(draft, now));
        TenantSummary supplier = draft.supplier() == null ? null : tenants.find(draft.supplier()).orElse(null);
        if (draft.supplier() != null && (supplier == null || !supplier.active())) {
            problems.add(new ApiClientProblem("supplier", "The supplier does not exist or is deactivated."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApiClientException(problems);
        }
        CurrentUser me = currentUsers.require();
        String secret = secrets.newSecret();
        ApiClient client = clients.save(ApiClient.create(draft, secrets.encode(secret), me.displayName(), now));
        ApiClientView view = client.view(supplier == null ? null : supplier.name());
        auditLog.record(draft.supplier(), AuditAction.API_CLIENT_CREATED, "ApiClient", client.id().toString(),
                "API client '" + client.name() + "' created for " + (supplier == null ? "the buyer side" : supplier.name())
                        + " with " + ApiClient.wireNames(draft.scopes()) + ", valid until " + draft.expiresAt(), null, view);
        return new CreatedApiClient(view, secret);
    }

    /** Every client, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientView> listAll() {
        return views(clients.findAllByOrderByCreatedAtDesc());
    }

    /** One supplier's clients, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientView> listOf(TenantId supplier) {
        return views(clients.findAllByTenantIdOrderByCreatedAtDesc(supplier.value()));
    }

    /** The buyer side's clients, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientView> listBuyerSide() {
        return views(clients.findAllByTenantIdIsNullOrderByCreatedAtDesc());
    }

    /** The supplier administrator's own company's clients, newest first. */
    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientView> listMyCompany() {
        return views(clients.findAllByTenantIdOrderByCreatedAtDesc(currentUsers.require().tenantId().value()));
    }

    /** Refuses the client from its next call on, on every node: each call checks the client ({@link ApiClientCalls}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional
    public ApiClientView revoke(UUID id) {
        CurrentUser me = currentUsers.require();
        ApiClient client = clients.findById(id)
                .filter(found -> me.isCrossTenant() || me.tenantId().equals(found.tenantId()))
                .orElseThrow(() -> new ApiClientNotFoundException(id));
        if (client.revoked()) {
            return views(List.of(client)).getFirst();
        }
        client.revoke(me.displayName(), clock.instant());
        ApiClientView view = views(List.of(client)).getFirst();
        auditLog.record(client.tenantId(), AuditAction.API_CLIENT_REVOKED, "ApiClient", id.toString(),
                "API client '" + client.name() + "' revoked", null, view);
        return view;
    }

    /** A client that may get a token now, for the token endpoint; empty for unknown, revoked, expired and Keycloak's ones. */
    @PreAuthorize("hasRole('ADMIN')") // the system, while the token request is being authenticated
    @Transactional(readOnly = true)
    public Optional<ApiClientCredentials> credentials(String clientId) {
        Instant now = clock.instant();
        return parseId(clientId).flatMap(this::find)
                .filter(row -> row.secretHash() != null) // a Keycloak system gets its tokens from Keycloak
                .filter(row -> ApiClientCalls.refusal(row.client(), now).isEmpty()) // the same rule as every API call
                .map(row -> new ApiClientCredentials(clientId, row.secretHash(), row.client().tenantKey(),
                        ApiClient.parseScopes(row.client().scopes())));
    }

    /** The token endpoint re-encoded a client's secret (a hash of an older kind): keep the new hash. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void replaceSecretHash(String clientId, String secretHash) {
        parseId(clientId).flatMap(clients::findById).ifPresent(client -> client.replaceSecretHash(secretHash));
    }

    /** The client as a call's check reads it, and the hash of its secret. */
    private record Row(ApiClientCalls.Client client, String secretHash) {
    }

    /** One statement for the client and its supplier, for the token endpoint. */
    private Optional<Row> find(UUID clientId) {
        return jdbc.query("""
                select c.name, c.tenant_id, c.scopes, c.secret_hash, c.expires_at, c.revoked_at,
                       t.key as tenant_key, t.name as tenant_name, coalesce(t.active, false) as tenant_active
                from api_client c left join tenant t on t.id = c.tenant_id where c.id = ?""",
                (rs, n) -> new Row(ApiClientCalls.client(rs, n), rs.getString("secret_hash")), clientId).stream().findFirst();
    }

    private List<ApiClientView> views(List<ApiClient> found) {
        Map<TenantId, String> names = found.stream().map(ApiClient::tenantId).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> tenants.find(id).map(TenantSummary::name).orElse("?")));
        return found.stream().map(client -> client.view(client.tenantId() == null ? null : names.get(client.tenantId()))).toList();
    }

    private static Optional<UUID> parseId(String clientId) {
        try {
            return Optional.of(UUID.fromString(clientId));
        } catch (IllegalArgumentException | NullPointerException notAClientId) {
            return Optional.empty();
        }
    }
}
