/**
 * Supplier tenants: one supplier company each, with its ERP party codes, primary contact and tolerance overrides.
 * Tenants are onboarded from files in {@code tenants/} (see the onboarding module) and, later, from the admin screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants")
package org.supplierportal.tenant;
