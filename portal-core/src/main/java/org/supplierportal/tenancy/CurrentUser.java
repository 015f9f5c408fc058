package org.supplierportal.tenancy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The person (or the system) acting right now, as the portal sees them, whatever the way they logged in.
 *
 * @param userId      the portal's id of the user account
 * @param username    the login name
 * @param displayName the name shown to people
 * @param tenantId    the supplier tenant a supplier user acts for; empty for buyers, admins and the system
 * @param tenantName  the supplier company's name, for display
 * @param roles       what the user may do; supplier roles and cross-tenant roles never mix
 */
public record CurrentUser(UUID userId, String username, String displayName, TenantId tenantId, String tenantName,
                          Set<Role> roles) {

    /** The fixed id of the system actor (start-up loaders, schedulers), so audit entries can name it. */
    public static final UUID SYSTEM_USER_ID = new UUID(0, 1);

    public CurrentUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " has no role");
        }
        // Included roles are spelled out, so every check (hasRole, @RolesAllowed) sees them.
        roles = Set.copyOf(roles.stream().flatMap(role -> role.withIncludedRoles().stream()).toList());
        boolean supplier = roles.stream().anyMatch(Role::isSupplierRole);
        boolean crossTenant = roles.stream().anyMatch(role -> !role.isSupplierRole());
        if (supplier && crossTenant) {
            throw new IllegalArgumentException("user " + username + " mixes supplier and cross-tenant roles: " + roles);
        }
        if (supplier && tenantId == null) {
            throw new IllegalArgumentException("supplier user " + username + " has no tenant");
        }
        if (crossTenant && tenantId != null) {
            throw new IllegalArgumentException("cross-tenant user " + username + " must not be bound to a tenant");
        }
    }

    /** The system itself, used for start-up loading and scheduled work; cross-tenant and audited as "system". */
    public static CurrentUser system(String purpose) {
        return new CurrentUser(SYSTEM_USER_ID, "system", "System (" + purpose + ")", null, null, EnumSet.of(Role.ADMIN));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Buyers, admins and the system see every supplier; supplier users see only their own. */
    public boolean isCrossTenant() {
        return tenantId == null;
    }

    public Optional<TenantId> supplierTenant() {
        return Optional.ofNullable(tenantId);
    }

    /** The Spring Security authorities of this user's roles. */
    public java.util.List<String> authorities() {
        return roles.stream().map(Role::authority).sorted().toList();
    }

    public boolean isSystem() {
        return SYSTEM_USER_ID.equals(userId);
    }

    /** The most capable role, for display ("Supplier administrator"). */
    public Role primaryRole() {
        for (Role role : new Role[] {Role.ADMIN, Role.BUYER, Role.SUPPLIER_ADMIN, Role.SUPPLIER_USER}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new IllegalStateException("no role");
    }
}
