package org.supplierportal.keycloak;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUserHolder;

/** A person logged in through Keycloak: Spring's OIDC user (its ID token serves the log-out) and the portal's user. */
final class PortalOidcUser extends DefaultOidcUser implements CurrentUserHolder {

    private final CurrentUser currentUser;

    PortalOidcUser(OidcUser keycloakUser, CurrentUser currentUser, Collection<? extends GrantedAuthority> authorities) {
        super(authorities, keycloakUser.getIdToken(), keycloakUser.getUserInfo(), "preferred_username");
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser user && user.currentUser.userId().equals(currentUser.userId());
    }

    @Override
    public int hashCode() {
        return currentUser.userId().hashCode();
    }
}
