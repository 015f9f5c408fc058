package org.supplierportal.keycloak;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.supplierportal.identity.ExternalLoginRefusedException;
import org.supplierportal.identity.ExternalLogins;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUserHolder;

/**
 * A Keycloak access token on the API becomes the same portal user, with the same tenant rules, as a browser log-in.
 */
public class KeycloakBearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ExternalLogins logins;

    KeycloakBearerTokens(ExternalLogins logins) {
        this.logins = logins;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            CurrentUser user = logins.authenticate(KeycloakClaims.identity(jwt.getClaims()));
            return new Authenticated(jwt, user);
        } catch (ExternalLoginRefusedException | IllegalArgumentException refused) {
            throw new OAuth2AuthenticationException(new BearerTokenError("invalid_token", HttpStatus.UNAUTHORIZED,
                    refused.getMessage(), null), refused.getMessage());
        }
    }

    /** The authentication of one API call: the token, and the portal's user as its principal. */
    static final class Authenticated extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

        private final Principal principal;

        Authenticated(Jwt jwt, CurrentUser user) {
            this(jwt, new Principal(user));
        }

        private Authenticated(Jwt jwt, Principal principal) {
            super(jwt, principal, jwt, authorities(principal.currentUser()));
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

        private static List<GrantedAuthority> authorities(CurrentUser user) {
            return user.authorities().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        }
    }

    record Principal(CurrentUser currentUser) implements CurrentUserHolder {
    }
}
