package org.supplierportal.onboarding;

import java.util.List;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantDefinition;

/** A tenant file that passed validation, ready to apply. */
record ValidTenantFile(String file, TenantDefinition tenant, List<FileUser> users) {

    record FileUser(String username, String displayName, String email, Role role, String password) {
    }
}
