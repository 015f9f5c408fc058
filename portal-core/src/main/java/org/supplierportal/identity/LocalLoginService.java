package org.supplierportal.identity;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The local login (users stored in PostgreSQL): loads accounts for Spring Security and keeps the last log-in.
 * Account look-ups run as the system, because nobody is logged in yet and row-level security would otherwise hide
 * every account. Wrong passwords are throttled by {@link ThrottledLoginProvider}, not counted on the account.
 */
@Component
class LocalLoginService implements UserDetailsService {

    private final LoginAccounts accounts;
    private final CurrentUsers currentUsers;
    private final PasswordEncoder passwordEncoder;
    private volatile String unusablePasswordHash;

    LocalLoginService(LoginAccounts accounts, CurrentUsers currentUsers, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUserDetails details = currentUsers.runAsSystem("login", () -> accounts.loadLoginDetails(username))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        // An account without a password yet (invited, or logging in through Keycloak) is checked against a hash
        // nobody knows: the same work and the same answer as a wrong password.
        return details.getPassword() == null ? details.withPasswordHash(unusablePasswordHash()) : details;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        // Only local logins keep login bookkeeping; other principals (system, Keycloak) are not local accounts.
        if (event.getAuthentication().getPrincipal() instanceof PortalUserDetails details) {
            currentUsers.runAsSystem("login", () -> accounts.recordSuccessfulLogin(details.currentUser().userId()));
        }
    }

    private String unusablePasswordHash() {
        if (unusablePasswordHash == null) {
            unusablePasswordHash = passwordEncoder.encode(UUID.randomUUID().toString());
        }
        return unusablePasswordHash;
    }
}
