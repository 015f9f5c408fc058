package org.supplierportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code notification} table. Runs in its caller's transaction; the callers decide whose rows they ask for
 * (the current person's, or the system's for a listener or the digest).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class NotificationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the notification for the person, or nothing when they were told of it already (empty). */
    Optional<UUID> add(Recipient recipient, NotificationDraft draft, boolean forDigest) {
        return jdbc.sql("""
                        insert into notification (id, recipient_id, tenant_id, type, dedup_key, arguments, link, created_at,
                                                  digest_pending)
                        values (:id, :recipient, :tenant, :type, :dedup, :arguments, :link, :now, :digest)
                        on conflict (recipient_id, dedup_key) do nothing
                        returning id""")
                .param("id", UUID.randomUUID()).param("recipient", recipient.userId())
                .param("tenant", recipient.tenantId() == null ? null : recipient.tenantId().value())
                .param("type", draft.type().name()).param("dedup", draft.dedupKey())
                .param("arguments", JSON.writeValueAsString(draft.arguments())).param("link", draft.link())
                .param("now", Timestamp.from(clock.instant())).param("digest", forDigest)
                .query(UUID.class).optional();
    }

    List<StoredNotification> latest(UUID recipient, int limit) {
        return jdbc.sql("""
                        select * from notification where recipient_id = :recipient
                        order by created_at desc, id limit :limit""")
                .param("recipient", recipient).param("limit", limit).query(NotificationStore::row).list();
    }

    long unreadCount(UUID recipient) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    boolean markRead(UUID recipient, UUID id) {
        return jdbc.sql("update notification set read_at = :now where id = :id and recipient_id = :recipient and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("recipient", recipient).update() > 0;
    }

    int markAllRead(UUID recipient) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("recipient", recipient).update();
    }

    /** The people with notifications waiting for their digest. */
    List<UUID> digestRecipients() {
        return jdbc.sql("select distinct recipient_id from notification where digest_pending").query(UUID.class).list();
    }

    /**
     * Takes the person's notifications waiting for the digest, oldest first: after this they wait no more, so two
     * nodes composing digests at once never mail the same notification twice (the second finds none).
     */
    List<StoredNotification> takeDigest(UUID recipient) {
        return jdbc.sql("""
                        update notification set digest_pending = false where recipient_id = :recipient and digest_pending
                        returning *""")
                .param("recipient", recipient).query(NotificationStore::row).list().stream()
                .sorted(java.util.Comparator.comparing(StoredNotification::createdAt)).toList();
    }

    private static StoredNotification row(ResultSet row, int number) throws SQLException {
        Timestamp read = row.getTimestamp("read_at");
        return new StoredNotification(row.getObject("id", UUID.class), row.getObject("recipient_id", UUID.class),
                NotificationType.valueOf(row.getString("type")), JSON.readValue(row.getString("arguments"), STRINGS),
                row.getString("link"), row.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
    }
}
