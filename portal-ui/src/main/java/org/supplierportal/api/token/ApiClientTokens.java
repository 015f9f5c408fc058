package org.supplierportal.api.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.supplierportal.apiclient.ApiClientAccess;
import org.supplierportal.apiclient.ApiClientCalls;
import org.supplierportal.apiclient.ApiClientRefusedException;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.tenancy.CurrentUser;

/**
 * An API client's token on an API call: valid only while its client is (checked on every call, by key: a revoked
 * client is refused at its next call on every node), acting as the client for its supplier or the buyer side, with
 * the token's scopes that the client still has.
 */
public final class ApiClientTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String TENANT_CLAIM = "tenant";
    static final String SCOPE_CLAIM = "scope";

    private final ApiClientCalls calls;

    ApiClientTokens(ApiClientCalls calls) {
        this.calls = calls;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID clientId = clientId(jwt);
        ApiClientAccess access;
        try {
            access = calls.access(clientId);
        } catch (ApiClientRefusedException refused) {
            throw invalid(refused.getMessage());
        }
        if (!Objects.equals(jwt.getClaimAsString(TENANT_CLAIM), access.tenantKey())) {
            throw invalid("The token names another supplier than its API client acts for.");
        }
        CurrentUser client = access.currentUser();
        List<GrantedAuthority> authorities = new ArrayList<>();
        client.authorities().forEach(role -> authorities.add(new SimpleGrantedAuthority(role)));
        granted(jwt.getClaim(SCOPE_CLAIM), access.scopes()).forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return new ApiTokenAuthentication(jwt, client, authorities);
    }

    /** The token's scopes the client still holds. */
    static List<ApiScope> granted(Object scopeClaim, Set<ApiScope> clientScopes) {
        Collection<?> names = scopeClaim instanceof Collection<?> list ? list
                : scopeClaim instanceof String text ? List.of(text.split(" ")) : List.of();
        return names.stream().map(String::valueOf).map(ApiScope::fromWireName).flatMap(java.util.Optional::stream)
                .filter(clientScopes::contains).distinct().toList();
    }

    private static UUID clientId(Jwt jwt) {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw invalid("The token names no API client.");
        }
    }

    private static OAuth2AuthenticationException invalid(String message) {
        return new OAuth2AuthenticationException(new BearerTokenError("invalid_token", HttpStatus.UNAUTHORIZED, message, null), message);
    }
}
