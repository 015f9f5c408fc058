package org.supplierportal.b2b.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * The message log's side of asynchronous AS2 MDNs, both ways: one the portal owes a partner waits QUEUED until the
 * partner's URL takes it, then is SENT; one the portal asked a partner for waits AWAITING until it arrives, then is
 * ACKNOWLEDGED or REFUSED. Entries are made through {@link MessageLog}, so they list and count like every other.
 */
@Service
public class AsyncMdnLog {

    private static final String MDN = "MDN";

    private final MessageLog messageLog;
    private final JdbcTemplate jdbc;
    private final B2bMetrics metrics;
    private final Clock clock;

    AsyncMdnLog(MessageLog messageLog, JdbcTemplate jdbc, B2bMetrics metrics, Clock clock) {
        this.messageLog = messageLog;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** An MDN the portal owes, QUEUED with its raw text (what is posted), for the partner's URL. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UUID queue(TenantId tenant, String partnerAs2Id, String mdnMessageId, String raw, String detail) {
        return messageLog.record(new B2bDocument(tenant, B2bDocument.OUT, "AS2", MDN, partnerAs2Id, mdnMessageId, null, null,
                raw), B2bMessageState.QUEUED, detail, null, null);
    }

    /** The raw text of an MDN the portal owes and has not sent yet; empty once it went. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> queued(UUID id) {
        return jdbc.queryForList("select raw from b2b_message where id = ? and direction = 'OUT' and state = 'QUEUED'",
                String.class, id).stream().findFirst();
    }

    /** Moves an owed MDN on: still QUEUED with why the last attempt failed, or SENT. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void progress(UUID id, B2bMessageState state, String detail) {
        jdbc.update("update b2b_message set state = ?, detail = ?, updated_at = ? where id = ? and direction = 'OUT'",
                state.name(), detail, Timestamp.from(clock.instant()), id);
        metrics.state(B2bDocument.OUT, MDN, state);
    }

    /**
     * The MDN a partner owes for an AS2 message the portal sent asking for it asynchronously: AWAITING, found again by
     * the partner and the message's AS2 Message-ID, with the MIC the MDN must return. Committed at once, whatever
     * transaction the sender runs in: the MDN may arrive before the post that asked for it returns.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID await(TenantId tenant, String partnerAs2Id, String messageId, String fileName, String expectedMic, String detail) {
        UUID id = messageLog.record(new B2bDocument(tenant, B2bDocument.IN, "AS2", MDN, partnerAs2Id, messageId, null,
                fileName, ""), B2bMessageState.AWAITING, detail, null, null);
        jdbc.update("update b2b_message set expected_mic = ? where id = ?", expectedMic, id);
        return id;
    }

    /** The message that asked for an MDN did not reach the partner: no MDN comes, the entry is REFUSED. At once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void notDelivered(UUID id, String detail) {
        jdbc.update("update b2b_message set state = 'REFUSED', detail = ?, updated_at = ? where id = ? and state = 'AWAITING'",
                detail, Timestamp.from(clock.instant()), id);
        metrics.state(B2bDocument.IN, MDN, B2bMessageState.REFUSED);
    }

    /** An MDN still awaited from a partner for one of the portal's AS2 messages. */
    public record AwaitedMdn(UUID id, String fileName, String expectedMic) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AwaitedMdn> awaited(String partnerAs2Id, String messageId) {
        return jdbc.query("""
                select id, file_name, expected_mic from b2b_message
                where direction = 'IN' and standard = 'AS2' and document_type = 'MDN' and state = 'AWAITING'
                  and partner_id = ? and interchange_control = ?""", (rs, row) -> new AwaitedMdn(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3)), partnerAs2Id, messageId).stream().findFirst();
    }

    /** The awaited MDN arrived: ACKNOWLEDGED or REFUSED, with the MDN as it came. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void arrived(UUID id, B2bMessageState state, String detail, String raw) {
        jdbc.update("update b2b_message set state = ?, detail = ?, raw = ?, updated_at = ? where id = ? and state = 'AWAITING'",
                state.name(), detail, raw, Timestamp.from(clock.instant()), id);
        metrics.state(B2bDocument.IN, MDN, state);
    }
}
