package org.supplierportal.tenancy;

import java.security.Principal;

/** The principal of work started in code (system jobs, on-behalf runs), named like the user it acts as. */
record ActingPrincipal(CurrentUser currentUser) implements CurrentUserHolder, Principal {

    @Override
    public String getName() {
        return currentUser.username();
    }
}
