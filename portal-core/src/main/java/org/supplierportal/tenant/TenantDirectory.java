package org.supplierportal.tenant;

/**
 * Where else a supplier must exist for its people to log in: with Keycloak, an Organization per tenant. Called
 * inside the transaction that creates or changes the tenant, so that a failure here rolls the change back and
 * nothing is half-created; implementations must therefore be idempotent (create or update by key).
 */
public interface TenantDirectory {

    /** Creates or updates the tenant's entry (name, party codes, active). */
    void publish(TenantSummary tenant);
}
