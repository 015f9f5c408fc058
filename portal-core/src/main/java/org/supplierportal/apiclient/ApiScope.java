package org.supplierportal.apiclient;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.tenancy.Role;

/**
 * What an API token allows, by operation family. Supplier scopes are about one supplier's own data; buyer scopes
 * about the buyer side's work across suppliers. A supplier's client may hold supplier scopes only. People calling the
 * API (HTTP Basic, a Keycloak token) get every scope their role allows; the services still check the role.
 */
public enum ApiScope {
    ORDERS_READ("orders:read", Side.SUPPLIER, "Read purchase orders, their changes, commitments, acknowledgments and ASNs"),
    ACKNOWLEDGMENTS_WRITE("acknowledgments:write", Side.SUPPLIER, "Evaluate and send acknowledgments"),
    ASNS_WRITE("asns:write", Side.SUPPLIER, "Send, read and cancel ASNs"),
    QUALITY_READ("quality:read", Side.SUPPLIER, "Read quality incidents and their files"),
    QUALITY_WRITE("quality:write", Side.SUPPLIER, "Answer quality incident steps and attach files"),
    INVOICES_READ("invoices:read", Side.SUPPLIER, "Read invoice status"),
    // Webhooks are the client's own: a supplier's and a buyer-side client may both hold these.
    WEBHOOKS_READ("webhooks:read", Side.SUPPLIER, "Read the client's own webhooks and their deliveries"),
    WEBHOOKS_WRITE("webhooks:write", Side.SUPPLIER, "Add and delete the client's own webhooks, send deliveries again"),
    INBOX_READ("inbox:read", Side.BUYER, "Read the buyers' exception inbox"),
    INBOX_WRITE("inbox:write", Side.BUYER, "Decide exceptions: approve, reject, counter-propose"),
    SUPPLIERS_READ("suppliers:read", Side.BUYER, "Read suppliers"),
    SUPPLIERS_WRITE("suppliers:write", Side.BUYER, "Onboard and change suppliers"),
    TOLERANCES_WRITE("tolerances:write", Side.BUYER, "Change suppliers' tolerances");

    /** Whose work a scope is about. */
    public enum Side { SUPPLIER, BUYER }

    /** What people do on the screens only as admins. */
    private static final EnumSet<ApiScope> ADMIN_SCOPES = EnumSet.of(SUPPLIERS_WRITE, TOLERANCES_WRITE);

    /** The prefix Spring Security gives a token's scopes as authorities ({@code SCOPE_orders:read}). */
    public static final String AUTHORITY_PREFIX = "SCOPE_";

    private final String wireName;
    private final Side side;
    private final String description;

    ApiScope(String wireName, Side side, String description) {
        this.wireName = wireName;
        this.side = side;
        this.description = description;
    }

    /** The name in tokens, requests and documentation: {@code orders:read}. */
    public String wireName() {
        return wireName;
    }

    public Side side() {
        return side;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority that {@code hasAuthority('SCOPE_orders:read')} checks. */
    public String authority() {
        return AUTHORITY_PREFIX + wireName;
    }

    public static Optional<ApiScope> fromWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }

    /** The scopes of one side. */
    public static Set<ApiScope> of(Side side) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(values()).filter(scope -> scope.side == side).forEach(scopes::add);
        return scopes;
    }

    /**
     * The scopes a person has on the API: supplier roles their supplier's scopes, admins all, buyers all but
     * onboarding suppliers and changing tolerances, which on the screens are an admin's. A buyer-side API client gets
     * those only when an admin grants them to it (what each may really do is still decided by the services' role
     * checks).
     */
    public static Set<ApiScope> allowedFor(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return EnumSet.allOf(ApiScope.class);
        }
        if (roles.contains(Role.BUYER)) {
            return EnumSet.complementOf(ADMIN_SCOPES);
        }
        return roles.isEmpty() ? EnumSet.noneOf(ApiScope.class) : of(Side.SUPPLIER);
    }
}
