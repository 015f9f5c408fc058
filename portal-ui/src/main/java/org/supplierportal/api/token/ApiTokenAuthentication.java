package org.supplierportal.api.token;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUserHolder;

/** One API call with an API client's token: the token, and the portal's principal for the client. */
final class ApiTokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Principal principal;

    ApiTokenAuthentication(Jwt jwt, CurrentUser client, Collection<? extends GrantedAuthority> authorities) {
        this(jwt, new Principal(client), authorities);
    }

    private ApiTokenAuthentication(Jwt jwt, Principal principal, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, principal, jwt, authorities);
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return principal.currentUser().username();
    }

    record Principal(CurrentUser currentUser) implements CurrentUserHolder {
    }
}
