package org.supplierportal.identity;

import org.supplierportal.tenancy.Role;

/**
 * Where else an account must exist for its person to log in: with Keycloak, a Keycloak user in the supplier's
 * Organization. Called inside the portal's transaction, so a failure rolls the portal's change back; implementations
 * are idempotent (create or update by username).
 */
public interface AccountDirectory {

    /** Creates or updates the user: name, e-mail, role, supplier (tenant key, null for buyers and admins), enabled. */
    void publish(String username, String displayName, String email, Role role, String tenantKey, boolean enabled);

    /** Sets the password the person chose through an invitation link. */
    void setPassword(String username, String password);
}
