package org.supplierportal.identity;

import java.util.List;
import java.util.Set;

import org.supplierportal.tenancy.Role;

/**
 * A person as an identity provider (Keycloak) vouches for them: from an ID token at log-in or an access token on the
 * API. Which supplier they belong to comes from their Organization (alias = tenant key) or a {@code tenant} claim.
 *
 * @param roles         the portal roles among the token's roles
 * @param organizations the aliases of the Organizations the person belongs to
 * @param tenantClaim   the {@code tenant} claim, if any
 */
public record ExternalIdentity(String username, String displayName, String email, Set<Role> roles,
                               List<String> organizations, String tenantClaim) {

    public ExternalIdentity {
        roles = Set.copyOf(roles);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** The role that counts: the strongest of the portal's roles the token carries. */
    public Role primaryRole() {
        for (Role role : List.of(Role.ADMIN, Role.BUYER, Role.SUPPLIER_ADMIN, Role.SUPPLIER_USER)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** The tenant key the token names: the Organization when there is exactly one, else the tenant claim. */
    public String tenantKey() {
        if (organizations.size() == 1) {
            return organizations.getFirst();
        }
        return tenantClaim == null || tenantClaim.isBlank() ? null : tenantClaim;
    }
}
