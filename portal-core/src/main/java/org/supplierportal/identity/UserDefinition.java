package org.supplierportal.identity;

import java.util.Objects;
import java.util.regex.Pattern;

import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/**
 * A user account to provision: from a tenant file, from the demo configuration, or (later) from an invitation.
 *
 * @param password the initial password in clear text, or null to keep the current one
 */
public record UserDefinition(String username, String displayName, String email, Role role, TenantId tenantId,
                             String password) {

    public static final Pattern USERNAME_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}");
    public static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_PASSWORD_LENGTH = 6;

    public UserDefinition {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        if (!USERNAME_FORMAT.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username + "' may contain letters, digits, '.', '_', '@' and '-' only");
        }
        if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        if (role.isSupplierRole() != (tenantId != null)) {
            throw new IllegalArgumentException(role.isSupplierRole()
                    ? "a " + role.label().toLowerCase() + " must belong to a supplier"
                    : "a " + role.label().toLowerCase() + " must not belong to a supplier");
        }
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
