/**
 * Who is acting, and for which supplier tenant. Every service asks {@link org.supplierportal.tenancy.CurrentUsers}
 * for the one application-owned principal, {@link org.supplierportal.tenancy.CurrentUser}, whatever the login
 * (local form today, Keycloak later). The same principal decides the tenant scope of every transaction, which is
 * enforced twice: Hibernate's {@code @TenantId} filter on entities, and PostgreSQL row-level security on the
 * connection (see {@code internal}). Buyers, admins and the system itself are cross-tenant, explicitly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.supplierportal.tenancy;
