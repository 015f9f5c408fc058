package org.supplierportal.tenancy;

/**
 * What a person may do in the portal. Supplier roles are bound to one tenant; buyers and admins work across all
 * suppliers.
 */
public enum Role {
    SUPPLIER_USER("Supplier user"),
    SUPPLIER_ADMIN("Supplier administrator"),
    BUYER("Buyer"),
    ADMIN("Portal administrator");

    /** Names for {@code @RolesAllowed} and {@code hasRole(..)}; kept beside the enum so they cannot drift. */
    public static final String SUPPLIER_USER_NAME = "SUPPLIER_USER";
    public static final String SUPPLIER_ADMIN_NAME = "SUPPLIER_ADMIN";
    public static final String BUYER_NAME = "BUYER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSupplierRole() {
        return this == SUPPLIER_USER || this == SUPPLIER_ADMIN;
    }

    /** This role and the roles it includes: a supplier administrator is also a supplier user. */
    public java.util.Set<Role> withIncludedRoles() {
        return this == SUPPLIER_ADMIN ? java.util.EnumSet.of(SUPPLIER_ADMIN, SUPPLIER_USER) : java.util.EnumSet.of(this);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
