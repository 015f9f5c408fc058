package org.supplierportal.apiclient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.TenantId;

/**
 * The check of every API call with a client's token: may the client still call (not revoked, not expired, its
 * supplier active), for whom and with which scopes at most; and "last used", at most once a minute per client. One
 * statement (the function {@code api_client_call}), no transaction and no cache: the API's most frequent work, and a
 * revocation still holds at the next call on every node. Called while the call is being authenticated, before
 * there is a user, so it asks for no role.
 */
@Component
public class ApiClientCalls {

    /** How stale "last used" may be: a client calling many times a second writes it once a minute. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiClientCalls(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws ApiClientRefusedException the client may no longer call */
    public ApiClientAccess access(UUID clientId) {
        Instant now = clock.instant();
        Client client = jdbc.query("select * from api_client_call(?, ?, ?)", ApiClientCalls::client, clientId,
                        Timestamp.from(now), Timestamp.from(now.minus(LAST_USED_PRECISION))).stream().findFirst()
                .orElseThrow(() -> new ApiClientRefusedException(ApiClientRefusedException.Reason.UNKNOWN));
        return checked(clientId, client, now);
    }

    /**
     * The same check for a Keycloak service account, found by its Keycloak client ID in the same statement.
     *
     * @return empty when the service account has never called the portal (it has no row yet)
     * @throws ApiClientRefusedException the client may no longer call
     */
    Optional<ApiClientAccess> accessByKeycloakClientId(String keycloakClientId) {
        Instant now = clock.instant();
        return jdbc.query("select c.id as client_id, call.* from api_client c"
                                + " cross join lateral api_client_call(c.id, ?, ?) call where c.keycloak_client_id = ?",
                        (row, number) -> checked(row.getObject("client_id", UUID.class), client(row, number), now),
                        Timestamp.from(now), Timestamp.from(now.minus(LAST_USED_PRECISION)), keycloakClientId)
                .stream().findFirst();
    }

    private static ApiClientAccess checked(UUID clientId, Client client, Instant now) {
        refusal(client, now).ifPresent(reason -> {
            throw new ApiClientRefusedException(reason);
        });
        return new ApiClientAccess(clientId, client.name(), client.tenantId(), client.tenantKey(), client.tenantName(),
                ApiClient.parseScopes(client.scopes()));
    }

    /** The client as the check reads it. */
    record Client(String name, TenantId tenantId, String scopes, Instant expiresAt, Instant revokedAt, String tenantKey,
                  String tenantName, boolean tenantActive) {
    }

    /** Why the client may not call now, if it may not. */
    static Optional<ApiClientRefusedException.Reason> refusal(Client client, Instant now) {
        if (client.revokedAt() != null) {
            return Optional.of(ApiClientRefusedException.Reason.REVOKED);
        }
        if (!client.expiresAt().isAfter(now)) {
            return Optional.of(ApiClientRefusedException.Reason.EXPIRED);
        }
        if (client.tenantId() != null && !client.tenantActive()) {
            return Optional.of(ApiClientRefusedException.Reason.SUPPLIER_DEACTIVATED);
        }
        return Optional.empty();
    }

    /** Reads a client from a row with the columns of {@code api_client_call}. */
    static Client client(ResultSet row, int number) throws SQLException {
        UUID tenant = row.getObject("tenant_id", UUID.class);
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new Client(row.getString("name"), tenant == null ? null : new TenantId(tenant), row.getString("scopes"),
                row.getTimestamp("expires_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                row.getString("tenant_key"), row.getString("tenant_name"), row.getBoolean("tenant_active"));
    }
}
