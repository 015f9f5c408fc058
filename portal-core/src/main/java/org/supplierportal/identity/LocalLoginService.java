package org.supplierportal.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The local login (users stored in PostgreSQL): loads accounts for Spring Security and keeps count of wrong
 * passwords so that repeated guessing locks the account for a while. Account look-ups run as the system, because
 * nobody is logged in yet and row-level security would otherwise hide every account.
 */
@Component
class LocalLoginService implements UserDetailsService {

    private final UserAccountService accounts;
    private final CurrentUsers currentUsers;

    LocalLoginService(UserAccountService accounts, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return currentUsers.runAsSystem("login", () -> accounts.loadLoginDetails(username))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        currentUsers.runAsSystem("login", () -> accounts.recordFailedLogin(username));
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        // Only local logins keep login bookkeeping; other principals (system, Keycloak) are not local accounts.
        if (event.getAuthentication().getPrincipal() instanceof PortalUserDetails details) {
            currentUsers.runAsSystem("login", () -> accounts.recordSuccessfulLogin(details.currentUser().userId()));
        }
    }
}
