package org.supplierportal.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenancy.Role;

/**
 * What makes the users of a tenant file acceptable: each with a valid username (once), a name, a supplier role, and
 * an e-mail address and password that are valid when given. Pure: every problem is returned, nothing thrown.
 */
final class TenantFileUserRules {

    private TenantFileUserRules() {
    }

    static List<TenantFileProblem> check(String file, List<TenantFile.User> users) {
        List<TenantFileProblem> problems = new ArrayList<>();
        if (users == null) {
            return problems;
        }
        Set<String> usernames = new HashSet<>();
        for (int index = 0; index < users.size(); index++) {
            TenantFile.User user = users.get(index);
            String prefix = "users[" + index + "].";
            if (user == null) {
                problems.add(new TenantFileProblem(file, "users[" + index + "]", "is empty; give username, name and role"));
                continue;
            }
            checkUsername(user.username(), usernames).ifPresent(message ->
                    problems.add(new TenantFileProblem(file, prefix + "username", message)));
            if (isBlank(user.name())) {
                problems.add(new TenantFileProblem(file, prefix + "name", "missing; give the person's full name"));
            }
            if (!isBlank(user.email()) && !UserDefinition.EMAIL_FORMAT.matcher(user.email()).matches()) {
                problems.add(new TenantFileProblem(file, prefix + "email", "'" + user.email() + "' is not an e-mail address"));
            }
            checkRole(user.role()).ifPresent(message -> problems.add(new TenantFileProblem(file, prefix + "role", message)));
            // No password: an existing account keeps its own; a new one gets a set-password link from an admin.
            if (user.password() != null && user.password().length() < UserDefinition.MIN_PASSWORD_LENGTH) {
                problems.add(new TenantFileProblem(file, prefix + "password",
                        "is shorter than " + UserDefinition.MIN_PASSWORD_LENGTH + " characters"));
            }
        }
        return problems;
    }

    /** The role a file names, in any letter case; null when it names none. */
    static Role role(String value) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static Optional<String> checkUsername(String username, Set<String> seen) {
        if (isBlank(username)) {
            return Optional.of("missing");
        }
        if (!UserDefinition.USERNAME_FORMAT.matcher(username).matches()) {
            return Optional.of("'" + username + "' may contain only letters, digits, '.', '_', '@' and '-' (2 to 100 characters)");
        }
        if (!seen.add(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("'" + username + "' is listed twice");
        }
        return Optional.empty();
    }

    private static Optional<String> checkRole(String value) {
        if (isBlank(value)) {
            return Optional.of("missing; use SUPPLIER_USER or SUPPLIER_ADMIN");
        }
        Role role = role(value);
        if (role == null) {
            return Optional.of("'" + value + "' is not a role; use SUPPLIER_USER or SUPPLIER_ADMIN");
        }
        if (!role.isSupplierRole()) {
            return Optional.of(role + " is not a supplier role; buyers and admins are configured in"
                    + " portal.demo.users, use SUPPLIER_USER or SUPPLIER_ADMIN here");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
