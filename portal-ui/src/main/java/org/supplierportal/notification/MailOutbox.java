package org.supplierportal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.cluster.NodeIdentity;

/**
 * The notification e-mails waiting to go out ({@code notification_mail}). A mail is written in the transaction that
 * made its notification, so it exists exactly when the notification does; a node claims it before sending, so two
 * nodes never send the same mail; a failed send waits and is tried again, so a mail server that is down only delays.
 * System work only.
 */
@Service
class MailOutbox {

    /** Far longer than one sending takes; short enough that a dead node's mails go out within minutes. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    /** A claimed mail, to send. */
    record Claimed(UUID id, String email, String subject, String body, String unsubscribeUrl, int attempts) {
    }

    private final JdbcClient jdbc;
    private final NodeIdentity node;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, NodeIdentity node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(Recipient recipient, MailContent mail) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into notification_mail (id, recipient_id, tenant_id, email, subject, body, unsubscribe_url,
                                                       status, next_attempt_at, created_at)
                        values (:id, :recipient, :tenant, :email, :subject, :body, :unsubscribe, 'PENDING', :now, :now)""")
                .param("id", UUID.randomUUID()).param("recipient", recipient.userId())
                .param("tenant", recipient.tenantId() == null ? null : recipient.tenantId().value())
                .param("email", recipient.email().strip()).param("subject", mail.subject()).param("body", mail.body())
                .param("unsubscribe", mail.unsubscribeUrl()).param("now", Timestamp.from(now)).update();
    }

    /**
     * Claims the oldest due mail for this node, just before it is sent: rows another node is claiming are skipped
     * ({@code for update skip locked}), rows claimed earlier wait for the end of their lease.
     */
    @Transactional
    Optional<Claimed> claimNext() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with due as (
                            select m.id from notification_mail m
                            where m.status = 'PENDING' and m.next_attempt_at <= :now
                              and (m.claimed_until is null or m.claimed_until <= :now)
                            order by m.created_at
                            limit 1
                            for update of m skip locked)
                        update notification_mail claimed set claimed_by = :node, claimed_until = :until
                        from due where claimed.id = due.id
                        returning claimed.id, claimed.email, claimed.subject, claimed.body, claimed.unsubscribe_url,
                                  claimed.attempts, claimed.created_at""")
                .param("now", Timestamp.from(now)).param("node", node.id())
                .param("until", Timestamp.from(now.plus(CLAIM_LEASE)))
                .query((row, number) -> new Claimed(row.getObject("id", UUID.class), row.getString("email"),
                        row.getString("subject"), row.getString("body"), row.getString("unsubscribe_url"), row.getInt("attempts")))
                .optional();
    }

    /** Only the claim's holder marks it: a node whose lease ran out does not overwrite the next holder's outcome. */
    @Transactional
    void sent(UUID id) {
        jdbc.sql("""
                        update notification_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1,
                            claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("node", node.id()).update();
    }

    @Transactional
    void failed(UUID id, int attemptsBefore, String error) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update notification_mail set attempts = attempts + 1, last_error = :error, next_attempt_at = :next,
                            claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("error", error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000)))
                .param("next", Timestamp.from(now.plus(backoff(attemptsBefore + 1)))).param("id", id)
                .param("node", node.id()).update();
    }

    /** 30 s after the first failure, doubling, at most an hour: mail waits out an outage of any length. */
    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts - 1, 7));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }
}
