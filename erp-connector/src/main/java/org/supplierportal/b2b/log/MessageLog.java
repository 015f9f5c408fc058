package org.supplierportal.b2b.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/**
 * The log of every B2B document in and out. Each call is its own transaction, so what was received stays recorded
 * whatever happens to it afterwards. Row-level security keeps a supplier's channel to its own rows.
 */
@Service
public class MessageLog {

    private static final String SELECT_VIEW = """
                select m.id, t.name, m.direction, m.standard, m.document_type, m.state, m.partner_id,
                       m.interchange_control, m.group_control, m.order_id, m.order_number, m.file_name, m.detail,
                       m.related_id, m.created_at
                from b2b_message m join tenant t on t.id = m.tenant_id
            """;

    private final JdbcTemplate jdbc;
    private final B2bMetrics metrics;
    private final Clock clock;

    MessageLog(JdbcTemplate jdbc, B2bMetrics metrics, Clock clock) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Records an inbound interchange as RECEIVED, once per partner and interchange control number.
     *
     * @return the new entry, or empty when that interchange was received before (it is then recorded as DUPLICATE)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<UUID> receive(B2bDocument document) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.update("""
                insert into b2b_message (id, tenant_id, direction, standard, document_type, state, partner_id,
                    interchange_control, group_control, file_name, raw, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, partner_id, interchange_control) where direction = 'IN' and state not in ('DUPLICATE', 'REPROCESSED')
                do nothing""", id, document.tenantId().value(), document.direction(), document.standard(),
                document.documentType(), document.partnerId(), document.interchangeControl(), document.groupControl(),
                document.fileName(), document.raw(), now, now);
        metrics.received(document.documentType());
        if (inserted == 1) {
            return Optional.of(id);
        }
        insert(document, B2bMessageState.DUPLICATE, (document.standard().equals("cXML") ? "payloadID " : "Interchange ")
                + document.interchangeControl()
                + " from " + document.partnerId() + " was received before: not applied again", null);
        metrics.state(document.direction(), document.documentType(), B2bMessageState.DUPLICATE);
        return Optional.empty();
    }

    /** Records a document in a final state at once: one refused before it could be received, or one sent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID record(B2bDocument document, B2bMessageState state, String detail, OrderId order, String orderNumber) {
        UUID id = insert(document, state, detail, order);
        if (orderNumber != null) {
            jdbc.update("update b2b_message set order_number = ? where id = ?", orderNumber, id);
        }
        metrics.state(document.direction(), document.documentType(), state);
        return id;
    }

    /** Moves an entry on: to VALID, APPLIED or REFUSED, with what happened and the order it touched. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(UUID id, String documentType, B2bMessageState state, String detail, OrderId order, String orderNumber) {
        jdbc.update("""
                update b2b_message set state = ?, document_type = ?, detail = coalesce(?, detail),
                    order_id = coalesce(?, order_id), order_number = coalesce(?, order_number), updated_at = ?
                where id = ?""", state.name(), documentType, detail, order == null ? null : order.value(), orderNumber,
                Timestamp.from(clock.instant()), id);
        metrics.state(B2bDocument.IN, documentType, state);
    }

    /** Where the first receipt of an inbound interchange (or cXML payloadID) stands, and what happened to it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<B2bMessageView> firstReceipt(String partnerId, String interchangeControl) {
        return jdbc.query(SELECT_VIEW + """
                where m.direction = 'IN' and m.state not in ('DUPLICATE', 'REPROCESSED') and m.partner_id = ? and m.interchange_control = ?""",
                MessageLog::view, partnerId, interchangeControl).stream().findFirst();
    }

    /**
     * The interchange control (for cXML the payloadID) of the last document of a type that went out for an order and was
     * not refused: what a change refers to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> lastSent(OrderId order, String standard, String documentType) {
        return jdbc.queryForList("""
                select interchange_control from b2b_message
                where direction = 'OUT' and order_id = ? and standard = ? and document_type = ? and state in ('SENT', 'ACKNOWLEDGED')
                order by created_at desc, id desc limit 1""", String.class, order.value(), standard, documentType)
                .stream().findFirst();
    }

    /** Links an inbound interchange and the 997 that answered it, both ways. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void link(UUID inbound, UUID acknowledgment) {
        jdbc.update("update b2b_message set related_id = ? where id = ?", acknowledgment, inbound);
        jdbc.update("update b2b_message set related_id = ? where id = ?", inbound, acknowledgment);
    }

    /** The partner's 997 answered one of our interchanges (by its group control number): ACKNOWLEDGED or REFUSED. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int acknowledgeOutbound(String partnerId, String groupControl, boolean accepted, UUID by) {
        return jdbc.update("""
                update b2b_message set state = ?, related_id = ?, updated_at = ?
                where direction = 'OUT' and partner_id = ? and group_control = ? and document_type <> '997'""",
                accepted ? "ACKNOWLEDGED" : "REFUSED", by, Timestamp.from(clock.instant()), partnerId, groupControl);
    }

    /** The newest entries first, for the admin screen. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public List<B2bMessageView> recent(int offset, int limit) {
        return jdbc.query(SELECT_VIEW + """
                order by m.created_at desc, m.id desc offset ? limit ?""", MessageLog::view, offset, limit);
    }

    private static B2bMessageView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new B2bMessageView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), B2bMessageState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getObject(14, UUID.class), rs.getTimestamp(15).toInstant());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        Long count = jdbc.queryForObject("select count(*) from b2b_message", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * A refused inbound EDI document, as it was received, for taking it in again. cXML is left out: its log copy has
     * the shared secret blanked, and its sender had the refusal in the answer to its post.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<RefusedDocument> refused(UUID id) {
        return jdbc.query("""
                select tenant_id, file_name, raw from b2b_message
                where id = ? and direction = 'IN' and state = 'REFUSED' and standard <> 'cXML'""", (rs, row) -> new RefusedDocument(
                new TenantId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)),
                id).stream().findFirst();
    }

    /**
     * Marks a refused document REPROCESSED, which frees its control number for its receipt again.
     *
     * @return false when it is no longer refused (another admin took it in a moment before)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean markReprocessed(UUID id, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean marked = jdbc.update("""
                update b2b_message set state = 'REPROCESSED', updated_at = ?,
                    detail = coalesce(detail || E'\n', '') || 'Taken in again by ' || ? || ' at ' || ? || ' (see the newer entry)'
                where id = ? and direction = 'IN' and state = 'REFUSED'""", now, by,
                now.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), id) == 1;
        if (marked) {
            metrics.state(B2bDocument.IN, "reprocessed", B2bMessageState.REPROCESSED);
        }
        return marked;
    }

    /** A refused inbound document as it was received. @param raw its text, as the log keeps it */
    public record RefusedDocument(TenantId tenantId, String fileName, String raw) {
    }

    /** The document exactly as it came in or went out. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPPLIER_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> raw(UUID id) {
        return jdbc.queryForList("select raw from b2b_message where id = ?", String.class, id).stream().findFirst();
    }

    private UUID insert(B2bDocument document, B2bMessageState state, String detail, OrderId order) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into b2b_message (id, tenant_id, direction, standard, document_type, state, partner_id,
                    interchange_control, group_control, order_id, file_name, detail, raw, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, document.tenantId().value(),
                document.direction(), document.standard(), document.documentType(), state.name(), document.partnerId(),
                document.interchangeControl(), document.groupControl(), order == null ? null : order.value(),
                document.fileName(), detail, document.raw(), now, now);
        return id;
    }
}
