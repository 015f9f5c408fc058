package org.supplierportal.identity;

import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Log-ins through the identity provider (Keycloak), for the web log-in and for bearer tokens on the API. Runs as the
 * system: nobody is logged in yet while the portal decides.
 */
@Component
public class ExternalLogins {

    private final LoginAccounts accounts;
    private final CurrentUsers currentUsers;

    ExternalLogins(LoginAccounts accounts, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    /**
     * @throws ExternalLoginRefusedException when the person may not use the portal, with the reason for them
     */
    public CurrentUser signIn(ExternalIdentity identity) {
        return currentUsers.runAsSystem("login", () -> accounts.signInExternally(identity, true));
    }

    /** The same checks for a bearer token on the API, without counting each call as a log-in. */
    public CurrentUser authenticate(ExternalIdentity identity) {
        return currentUsers.runAsSystem("api token", () -> accounts.signInExternally(identity, false));
    }
}
