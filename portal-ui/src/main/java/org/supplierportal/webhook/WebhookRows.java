package org.supplierportal.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.tenancy.TenantId;

/** Subscriptions and deliveries from their rows, and event types to and from their column. */
final class WebhookRows {

    static final String SUBSCRIPTIONS = """
            select s.id, s.api_client_id, c.name as client_name, t.name as supplier_name, s.url, s.event_types, s.status,
                   s.created_at, s.created_by, s.tenant_id
            from webhook_subscription s join api_client c on c.id = s.api_client_id left join tenant t on t.id = s.tenant_id
            where""" + " " + WebhookCaller.SEES_SUBSCRIPTION;
    static final String DELIVERIES = """
            select d.id, d.subscription_id, s.url, c.name as client_name, d.event_type, d.supplier_key, d.created_at,
                   d.status, d.attempts, d.last_attempt_at, d.last_status, d.last_error, d.next_attempt_at
            from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                 join api_client c on c.id = s.api_client_id
            where""" + " " + WebhookCaller.SEES_SUBSCRIPTION;

    private WebhookRows() {
    }

    static String wireNames(Set<BusinessEventType> types) {
        return types.stream().sorted().map(BusinessEventType::wireName).collect(Collectors.joining(" "));
    }

    static Set<BusinessEventType> parseTypes(String wireNames) {
        Set<BusinessEventType> types = EnumSet.noneOf(BusinessEventType.class);
        Arrays.stream(wireNames.split(" ")).forEach(name -> Arrays.stream(BusinessEventType.values())
                .filter(type -> type.wireName().equals(name)).forEach(types::add));
        return types;
    }

    static WebhookView view(ResultSet row, int number) throws SQLException {
        return new WebhookView(row.getObject("id", UUID.class), row.getObject("api_client_id", UUID.class),
                row.getString("client_name"), tenantOf(row.getObject("tenant_id", UUID.class)), row.getString("supplier_name"), row.getString("url"),
                parseTypes(row.getString("event_types")), WebhookView.Status.valueOf(row.getString("status")),
                instant(row.getTimestamp("created_at")), row.getString("created_by"));
    }

    static WebhookDeliveryView delivery(ResultSet row, int number) throws SQLException {
        return new WebhookDeliveryView(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                row.getString("url"), row.getString("client_name"), row.getString("event_type"),
                row.getString("supplier_key"), instant(row.getTimestamp("created_at")),
                WebhookDeliveryView.State.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row.getTimestamp("last_attempt_at")), (Integer) row.getObject("last_status"),
                row.getString("last_error"), instant(row.getTimestamp("next_attempt_at")));
    }

    static TenantId tenantOf(UUID id) {
        return id == null ? null : new TenantId(id);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
