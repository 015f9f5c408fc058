package org.supplierportal.webhook;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.supplierportal.apiclient.ApiClientAccess;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.Role;

/**
 * Whose subscriptions the caller sees and changes: an admin every one, a supplier's administrator their company's, an
 * API client (through the API) its own only; nobody else any. Row-level security agrees on the supplier.
 *
 * @param client the API client acting, or null for a person
 */
record WebhookCaller(boolean allSuppliers, UUID tenant, UUID client) {

    /** The condition on a subscription {@code s} that {@link #bind} fills in. */
    static final String SEES_SUBSCRIPTION = "(:all or s.tenant_id = :tenant) and (:anyClient or s.api_client_id = :client)";
    private static final UUID NONE = new UUID(0, 0);

    static WebhookCaller of(CurrentUser me) {
        UUID tenant = me.tenantId() == null ? null : me.tenantId().value();
        Optional<UUID> client = ApiClientAccess.clientOf(me);
        if (client.isPresent()) {
            return new WebhookCaller(me.isCrossTenant(), tenant, client.get());
        }
        if (me.hasRole(Role.ADMIN) || me.hasRole(Role.SUPPLIER_ADMIN)) {
            return new WebhookCaller(me.isCrossTenant(), tenant, null);
        }
        throw new AccessDeniedException("Webhooks are managed by administrators and by API clients for themselves.");
    }

    /** Whether the API client may subscribe for that client: only for itself; a person for any they see. */
    boolean maySubscribe(UUID apiClientId) {
        return client == null || client.equals(apiClientId);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("all", allSuppliers).param("tenant", tenant == null ? NONE : tenant)
                .param("anyClient", client == null).param("client", client == null ? NONE : client);
    }
}
