package org.supplierportal.keycloak;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.identity.ExternalIdentity;
import org.supplierportal.tenancy.Role;

/**
 * Keycloak's token claims in the portal's terms. Pure. Roles: the {@code roles} claim (the realm's roles, mapped by
 * the portal's clients), or else {@code realm_access.roles}; Keycloak's own roles (offline_access, ...) are ignored.
 * Organizations: the {@code organization} claim, a list of aliases (or a map keyed by alias when Keycloak adds ids).
 */
final class KeycloakClaims {

    private KeycloakClaims() {
    }

    static ExternalIdentity identity(Map<String, Object> claims) {
        String username = text(claims.get("preferred_username"));
        if (username == null) {
            throw new IllegalArgumentException("the token names no user (preferred_username)");
        }
        String name = text(claims.get("name"));
        if (name == null) {
            name = String.join(" ", nonNull(text(claims.get("given_name")), text(claims.get("family_name")))).strip();
        }
        return new ExternalIdentity(username, name.isEmpty() ? username : name, text(claims.get("email")),
                roles(claims), organizations(claims.get("organization")), text(claims.get("tenant")));
    }

    /**
     * Whether the token is a service account's: a Keycloak client acting on its own (its user is named
     * {@code service-account-<client>}, and Keycloak adds the {@code client_id} claim), not a person.
     */
    static boolean isServiceAccount(Map<String, Object> claims) {
        String username = text(claims.get("preferred_username"));
        return claims.containsKey("client_id") || (username != null && username.startsWith("service-account-"));
    }

    /** The service account's Keycloak client: the {@code client_id} claim, else {@code azp}, else its user's name. */
    static String serviceAccountClientId(Map<String, Object> claims) {
        String clientId = text(claims.get("client_id"));
        if (clientId == null) {
            clientId = text(claims.get("azp"));
        }
        String username = text(claims.get("preferred_username"));
        if (clientId == null && username != null) {
            clientId = username.substring(username.startsWith("service-account-") ? "service-account-".length() : 0);
        }
        return clientId;
    }

    /** The API scopes among the token's {@code scope} claim (space separated; Keycloak's client scopes' names). */
    static Set<ApiScope> apiScopes(Map<String, Object> claims) {
        String scope = text(claims.get("scope"));
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.split(" ")).map(ApiScope::fromWireName).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }

    private static Set<Role> roles(Map<String, Object> claims) {
        Object roles = claims.get("roles");
        if (roles == null && claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            roles = realmAccess.get("roles");
        }
        Set<String> names = roles instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
        return Arrays.stream(Role.values()).filter(role -> names.contains(role.name())).collect(Collectors.toSet());
    }

    private static List<String> organizations(Object claim) {
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof String alias) {
            return List.of(alias);
        }
        return List.of();
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(value -> value != null).toList();
    }
}
