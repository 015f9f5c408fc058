package org.supplierportal.keycloak;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.supplierportal.apiclient.ApiClientRefusedException;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.KeycloakSystems;
import org.supplierportal.identity.ExternalLoginRefusedException;
import org.supplierportal.identity.ExternalLogins;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUserHolder;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * A Keycloak access token on the API becomes the same portal user, with the same tenant rules, as a browser log-in.
 * A person's token has every scope the person's role allows; a service account's (a Keycloak client acting for a
 * supplier or the buyer side) the API scopes its token names, as far as its role allows them, and it acts as the
 * portal's API client standing for it ({@link KeycloakSystems}): refused once revoked in the portal, and able to own
 * webhooks.
 */
public class KeycloakBearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ExternalLogins logins;
    private final KeycloakSystems systems;
    private final CurrentUsers currentUsers;

    KeycloakBearerTokens(ExternalLogins logins, KeycloakSystems systems, CurrentUsers currentUsers) {
        this.logins = logins;
        this.systems = systems;
        this.currentUsers = currentUsers;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            CurrentUser user = logins.authenticate(KeycloakClaims.identity(jwt.getClaims()));
            Set<ApiScope> allowed = ApiScope.allowedFor(user.roles());
            if (!KeycloakClaims.isServiceAccount(jwt.getClaims())) {
                return new Authenticated(jwt, user, allowed);
            }
            Set<ApiScope> scopes = KeycloakClaims.apiScopes(jwt.getClaims()).stream().filter(allowed::contains).collect(Collectors.toSet());
            String clientId = KeycloakClaims.serviceAccountClientId(jwt.getClaims());
            CurrentUser system = currentUsers.runAsSystem("keycloak service account",
                    () -> systems.access(clientId, user.tenantId(), scopes)).currentUser();
            return new Authenticated(jwt, system, scopes);
        } catch (ExternalLoginRefusedException | ApiClientRefusedException | IllegalArgumentException refused) {
            throw new OAuth2AuthenticationException(new BearerTokenError("invalid_token", HttpStatus.UNAUTHORIZED,
                    refused.getMessage(), null), refused.getMessage());
        }
    }

    /** The authentication of one API call: the token, and the portal's user as its principal. */
    static final class Authenticated extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

        private final Principal principal;

        Authenticated(Jwt jwt, CurrentUser user, Set<ApiScope> scopes) {
            this(jwt, new Principal(user), scopes);
        }

        private Authenticated(Jwt jwt, Principal principal, Set<ApiScope> scopes) {
            super(jwt, principal, jwt, authorities(principal.currentUser(), scopes));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public java.util.Map<String, Object> getTokenAttributes() {
            return getToken().getClaims();
        }

        @Override
        public String getName() {
            return principal.currentUser().username();
        }

        private static List<GrantedAuthority> authorities(CurrentUser user, Set<ApiScope> scopes) {
            return Stream.concat(user.authorities().stream(), scopes.stream().map(ApiScope::authority))
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        }
    }

    record Principal(CurrentUser currentUser) implements CurrentUserHolder {
    }
}
