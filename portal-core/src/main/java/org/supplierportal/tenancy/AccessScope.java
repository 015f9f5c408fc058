package org.supplierportal.tenancy;

/**
 * Which tenants' rows a unit of work may see and change. Derived from the {@link CurrentUser}; nobody (no login)
 * sees nothing, which is what makes a forgotten scope fail closed.
 */
public sealed interface AccessScope {

    record SingleTenant(TenantId tenantId) implements AccessScope {
    }

    record AllTenants() implements AccessScope {
    }

    record Nobody() implements AccessScope {
    }

    static AccessScope of(CurrentUser user) {
        if (user == null) {
            return new Nobody();
        }
        return user.isCrossTenant() ? new AllTenants() : new SingleTenant(user.tenantId());
    }
}
