package org.supplierportal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * How each person wants to hear of each type: their own choice, else the type's default. People change only their
 * own; the unsubscribe link changes one person's one type ({@link Unsubscriptions}).
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The current person's choices, for every type of their audience. */
    @Transactional(readOnly = true)
    public List<PreferenceView> mine() {
        CurrentUser me = currentUsers.require();
        Map<NotificationType, Delivery> chosen = chosenBy(me.userId());
        return NotificationType.of(Audience.of(me.roles())).stream()
                .map(type -> new PreferenceView(type, chosen.getOrDefault(type, type.defaultDelivery()), chosen.containsKey(type)))
                .toList();
    }

    @Transactional
    public PreferenceView change(NotificationType type, Delivery delivery) {
        CurrentUser me = currentUsers.require();
        if (type.audience() != Audience.of(me.roles())) {
            throw new IllegalArgumentException(type + " is not a notification " + me.username() + " gets");
        }
        set(me.userId(), me.tenantId(), type, delivery);
        return new PreferenceView(type, delivery, true);
    }

    /** Sets a person's choice; in the caller's transaction. */
    void set(UUID userId, TenantId tenant, NotificationType type, Delivery delivery) {
        jdbc.sql("""
                        insert into notification_preference (user_id, tenant_id, type, delivery, changed_at)
                        values (:user, :tenant, :type, :delivery, :now)
                        on conflict (user_id, type) do update set delivery = excluded.delivery, changed_at = excluded.changed_at""")
                .param("user", userId).param("tenant", tenant == null ? null : tenant.value())
                .param("type", type.name()).param("delivery", delivery.name()).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The delivery of one type for each of these people; in the caller's transaction. */
    Map<UUID, Delivery> deliveries(Collection<UUID> people, NotificationType type) {
        Map<UUID, Delivery> result = new HashMap<>();
        people.forEach(person -> result.put(person, type.defaultDelivery()));
        if (!people.isEmpty()) {
            jdbc.sql("select user_id, delivery from notification_preference where type = :type and user_id in (:people)")
                    .param("type", type.name()).param("people", List.copyOf(people))
                    .query((row, number) -> Map.entry(row.getObject("user_id", UUID.class), Delivery.valueOf(row.getString("delivery"))))
                    .list().forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    private Map<NotificationType, Delivery> chosenBy(UUID person) {
        Map<NotificationType, Delivery> chosen = new HashMap<>();
        jdbc.sql("select type, delivery from notification_preference where user_id = :user").param("user", person)
                .query((row, number) -> Map.entry(NotificationType.valueOf(row.getString("type")), Delivery.valueOf(row.getString("delivery"))))
                .list().forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
        return chosen;
    }
}
