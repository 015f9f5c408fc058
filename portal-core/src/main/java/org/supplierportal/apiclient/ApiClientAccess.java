package org.supplierportal.apiclient;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenancy.TenantId;

/**
 * A usable API client at the moment of a call: who acts, for which supplier, with which scopes at most.
 *
 * @param tenantKey the supplier's key (the {@code tenant} claim of its tokens); null for the buyer side
 */
public record ApiClientAccess(UUID clientId, String name, TenantId tenantId, String tenantKey, String tenantName,
                              Set<ApiScope> scopes) {

    /** People's login names cannot hold a colon, so no person is taken for a client. */
    private static final String USERNAME_PREFIX = "api-client:";

    public ApiClientAccess {
        scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    /**
     * The portal's principal for the client's calls: a supplier user of its supplier, or a buyer for the buyer side,
     * so the services' role checks and the tenant isolation treat it as they treat people. Audit entries name it.
     */
    public CurrentUser currentUser() {
        return new CurrentUser(clientId, USERNAME_PREFIX + clientId, name + " (API client)", tenantId, tenantName,
                EnumSet.of(tenantId == null ? Role.BUYER : Role.SUPPLIER_USER));
    }

    /** The API client acting, when the principal is one made by {@link #currentUser()}; empty for people. */
    public static Optional<UUID> clientOf(CurrentUser user) {
        return user.username().equals(USERNAME_PREFIX + user.userId()) ? Optional.of(user.userId()) : Optional.empty();
    }
}
