package org.supplierportal.apiclient;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.supplierportal.tenancy.TenantId;

/**
 * A system allowed to call the API. A supplier's client belongs to one tenant, a buyer-side client to none, so it is
 * not a {@code @TenantId} entity (as people's accounts): the service scopes its queries, and row-level security
 * still applies. Its id is the OAuth2 {@code client_id}.
 */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    private UUID id;
    private UUID tenantId;
    private String name;
    private String scopes;
    private String secretHash;
    private Instant expiresAt;
    private Instant createdAt;
    private String createdBy;
    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;
    /** The client ID of the Keycloak service account this row stands for (login mode oidc); null for the portal's own. */
    private String keycloakClientId;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected ApiClient() {
    }

    static ApiClient create(ApiClientDraft draft, String secretHash, String createdBy, Instant now) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.tenantId = draft.supplier() == null ? null : draft.supplier().value();
        client.name = draft.name();
        client.scopes = wireNames(draft.scopes());
        client.secretHash = secretHash;
        client.expiresAt = draft.expiresAt();
        client.createdAt = now;
        client.createdBy = createdBy;
        return client;
    }

    /** Refused from now on: no new token, and the tokens it holds stop working at their next call. */
    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    /** The token endpoint re-encoded the secret (a stored hash of an older kind); keep the new one. */
    void replaceSecretHash(String hash) {
        secretHash = hash;
    }

    UUID id() {
        return id;
    }

    TenantId tenantId() {
        return tenantId == null ? null : new TenantId(tenantId);
    }

    String name() {
        return name;
    }

    String secretHash() {
        return secretHash;
    }

    Set<ApiScope> scopes() {
        return parseScopes(scopes);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    ApiClientView view(String tenantName) {
        return new ApiClientView(id, name, tenantId(), tenantName, scopes(), expiresAt, createdAt, createdBy,
                revokedAt, revokedBy, lastUsedAt, keycloakClientId);
    }

    static String wireNames(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::wireName).collect(Collectors.joining(" "));
    }

    static Set<ApiScope> parseScopes(String wireNames) {
        Set<ApiScope> parsed = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(wireNames.split(" ")).map(ApiScope::fromWireName).flatMap(java.util.Optional::stream).forEach(parsed::add);
        return parsed;
    }
}
