package org.supplierportal.tenancy.internal;

import java.util.UUID;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.supplierportal.tenancy.AccessScope;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The first line of tenant isolation: Hibernate adds {@code tenant_id = ?} to every query of an entity with a
 * {@code @TenantId} field, with the tenant of the current user. Cross-tenant users get the "root" identifier, which
 * Hibernate treats as access to all partitions; nobody gets an identifier that matches no tenant.
 */
class ScopeTenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID ALL_TENANTS = new UUID(-1L, -1L);
    static final UUID NO_TENANT = new UUID(0L, 0L);

    private final CurrentUsers currentUsers;

    ScopeTenantIdentifierResolver(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return switch (currentUsers.scope()) {
            case AccessScope.SingleTenant single -> single.tenantId().value();
            case AccessScope.AllTenants all -> ALL_TENANTS;
            case AccessScope.Nobody nobody -> NO_TENANT;
        };
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return ALL_TENANTS.equals(tenantId);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
