package org.supplierportal.notification;

import java.util.Set;

import org.supplierportal.tenancy.Role;

/** Whose a type of notification is: one supplier's people, the buyers, or the portal's administrators. */
public enum Audience {
    SUPPLIER,
    BUYER,
    ADMIN;

    /** The audience a person with these roles belongs to. */
    public static Audience of(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return ADMIN;
        }
        if (roles.contains(Role.BUYER)) {
            return BUYER;
        }
        return SUPPLIER;
    }

    /** Whether a person with this role (one role of an account) is in the audience. */
    boolean includes(Role role) {
        return switch (this) {
            case SUPPLIER -> role.isSupplierRole();
            case BUYER -> role == Role.BUYER;
            case ADMIN -> role == Role.ADMIN;
        };
    }
}
