package org.supplierportal.erp.outbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.cluster.NodeIdentity;
import org.supplierportal.erp.ErpProperties;

/** The messages waiting for the ERP, with their attempts; the dispatcher works through it. */
@Service
public class OutboundQueue {

    private final OutboundMessageRepository messages;
    private final JdbcClient jdbc;
    private final NodeIdentity node;
    private final Clock clock;
    /**
     * How long a node's claim on a message lasts ({@code portal.erp.outbound-claim-lease}): far longer than sending one
     * message takes, short enough that the messages of a node that died are sent by another within minutes.
     */
    private final Duration claimLease;

    OutboundQueue(OutboundMessageRepository messages, JdbcClient jdbc, NodeIdentity node, Clock clock,
                  ErpProperties properties) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
        this.claimLease = properties.outboundClaimLease();
    }

    /**
     * Adds a message in the caller's transaction, the one that makes the change it reports (see
     * {@code CommitmentDispatch}); Hibernate batches the inserts of one transaction. Runs as the caller: a supplier's
     * transaction may add messages of its own company but not read the queue (row-level security, V25).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueWithTheChange(String key, String kind, UUID tenantId, String subject, String payload) {
        messages.save(new OutboundMessage(key, kind, tenantId, subject, payload, clock.instant()));
    }

    /**
     * Claims up to {@code limit} messages that are due for this node, oldest first, and returns them in that order.
     * Rows another node is claiming right now are skipped ({@code for update skip locked}), rows another node claimed
     * earlier wait for its lease to end, and a message waits while an older one about the same subject is pending:
     * two nodes never send the same message, and one subject's messages reach the ERP in their order.
     */
    @Transactional
    public List<UUID> claimDue(int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with due as (
                            select m.id from erp_outbound_message m
                            where m.status = 'PENDING' and m.next_attempt_at <= :now
                              and (m.claimed_until is null or m.claimed_until <= :now)
                              and not exists (select 1 from erp_outbound_message older
                                              where older.subject = m.subject and older.status = 'PENDING'
                                                and older.created_at < m.created_at)
                            order by m.created_at
                            limit :limit
                            for update of m skip locked)
                        update erp_outbound_message claimed set claimed_by = :node, claimed_until = :until
                        from due where claimed.id = due.id
                        returning claimed.id, claimed.created_at""")
                .param("now", Timestamp.from(now)).param("limit", limit).param("node", node.id())
                .param("until", Timestamp.from(now.plus(claimLease)))
                .query((row, number) -> new Claimed(row.getObject("id", UUID.class), row.getTimestamp("created_at").toInstant()))
                .list().stream().sorted(Comparator.comparing(Claimed::createdAt)).map(Claimed::id).toList();
    }

    private record Claimed(UUID id, Instant createdAt) {
    }

    @Transactional(readOnly = true)
    public Optional<OutboundMessage> find(UUID id) {
        return messages.findById(id);
    }

    /*
     * The outcome of a sending is recorded only by the node holding the message's claim: a node whose lease ran out
     * does not overwrite the next holder's outcome, and each recorded attempt is one sending.
     */

    @Transactional
    public void sent(UUID id) {
        claimedHere(id).ifPresent(message -> message.sent(clock.instant()));
    }

    @Transactional
    public void failed(UUID id, String error, Duration wait) {
        claimedHere(id).ifPresent(message -> message.failed(error, clock.instant().plus(wait)));
    }

    /** @return whether the message is dead now (false when its claim had passed to another node) */
    @Transactional
    public boolean dead(UUID id, String error) {
        return claimedHere(id).map(message -> {
            message.dead(error);
            return true;
        }).orElse(false);
    }

    @Transactional
    public void notForThisErp(UUID id, String reason) {
        claimedHere(id).ifPresent(message -> message.notForThisErp(reason));
    }

    private Optional<OutboundMessage> claimedHere(UUID id) {
        return messages.findById(id).filter(message -> message.isClaimedBy(node.id()));
    }

    /** Puts a dead message back in the queue, for now. */
    @Transactional
    public boolean replay(String idempotencyKey) {
        return messages.findByIdempotencyKey(idempotencyKey).filter(message -> message.status() == OutboundMessage.Status.DEAD)
                .map(message -> {
                    message.replay(clock.instant());
                    return true;
                }).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<OutboundMessageView> pending() {
        return messages.findByStatusOrderByCreatedAtAsc(OutboundMessage.Status.PENDING).stream().map(OutboundMessage::view).toList();
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return messages.countByStatus(OutboundMessage.Status.PENDING);
    }

    @Transactional(readOnly = true)
    public long deadCount() {
        return messages.countByStatus(OutboundMessage.Status.DEAD);
    }

    @Transactional(readOnly = true)
    public Optional<OutboundMessageView> byKey(String key) {
        return messages.findByIdempotencyKey(key).map(OutboundMessage::view);
    }
}
