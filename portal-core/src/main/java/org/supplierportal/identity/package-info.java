/**
 * People and how they log in: user accounts (supplier users bound to one tenant, buyers and admins across
 * tenants), the local login with BCrypt passwords, and the protection against password guessing. Each login ends in
 * the same {@link org.supplierportal.tenancy.CurrentUser} the rest of the portal works with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.supplierportal.identity;
