package org.supplierportal.identity;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUserHolder;

/** The principal of a local login: Spring Security's view of an account, carrying the portal's {@link CurrentUser}. */
final class PortalUserDetails implements UserDetails, CredentialsContainer, CurrentUserHolder {

    private final CurrentUser currentUser;
    private final boolean enabled;
    private String passwordHash;

    PortalUserDetails(CurrentUser currentUser, String passwordHash, boolean enabled) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    PortalUserDetails withPasswordHash(String hash) {
        return new PortalUserDetails(currentUser, hash, enabled);
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return currentUser.authorities().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        // Sessions are tracked by principal; two logins of one account are the same principal.
        return other instanceof PortalUserDetails details && details.currentUser.userId().equals(currentUser.userId());
    }

    @Override
    public int hashCode() {
        return currentUser.userId().hashCode();
    }

    @Override
    public String toString() {
        return currentUser.username();
    }
}
