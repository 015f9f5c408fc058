package org.supplierportal.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.businessevents.SupplierBusinessEvent;
import org.supplierportal.cluster.NodeIdentity;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliveries waiting for their receivers: written for each business event, claimed by one node at a time,
 * marked delivered, retried or dead. Used by the system only (the fan-out and the sender); people read and replay
 * through {@link WebhookService}.
 */
@Service
class WebhookOutbox {

    /** A claim outlives any one sending (each attempt times out), and frees a dead node's deliveries in minutes. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
    private static final int ERROR_MAX = 500;

    /** A claimed delivery with what sending it takes. */
    record Due(UUID id, String url, String secret, String payload, int attempts) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NodeIdentity node;
    private final Clock clock;
    private final WebhookRetries retries;

    WebhookOutbox(JdbcClient jdbc, JsonMapper json, NodeIdentity node, Clock clock, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.node = node;
        this.clock = clock;
        this.retries = properties.retries();
    }

    /**
     * One delivery per active subscription that wants the event's type, of a usable API client of the event's supplier
     * or of the buyer side; never of another supplier. Once per subscription and event.
     *
     * @return how many deliveries were written
     */
    @Transactional
    public int enqueue(SupplierBusinessEvent event) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, supplier_key,
                                                      payload, status, attempts, next_attempt_at, created_at)
                        select gen_random_uuid(), s.tenant_id, s.id, :eventId, :type, :supplierKey, :payload, 'PENDING', 0, :now, :now
                        from webhook_subscription s join api_client c on c.id = s.api_client_id
                        where s.status = 'ACTIVE' and c.revoked_at is null and c.expires_at > :now
                          and (s.tenant_id = :supplier or s.tenant_id is null)
                          and position(' ' || :type || ' ' in ' ' || s.event_types || ' ') > 0
                        on conflict (subscription_id, event_id) do nothing""")
                .param("eventId", event.envelope().id()).param("type", event.type().wireName())
                .param("supplierKey", event.envelope().supplierKey())
                .param("payload", json.writeValueAsString(event.envelope())).param("now", Timestamp.from(now))
                .param("supplier", event.supplier().value())
                .update();
    }

    /**
     * Claims the next due delivery of an active subscription for this node, just before it is posted. Rows another
     * node is claiming are skipped, rows it claimed wait for the end of its lease: no delivery is sent by two nodes at
     * once.
     */
    @Transactional
    public Optional<Due> claimNext() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with due as (
                            select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                            where d.status = 'PENDING' and d.next_attempt_at <= :now and s.status = 'ACTIVE'
                              and (d.claimed_until is null or d.claimed_until <= :now)
                            order by d.next_attempt_at
                            limit 1
                            for update of d skip locked)
                        update webhook_delivery claimed set claimed_by = :node, claimed_until = :until
                        from due, webhook_subscription s
                        where claimed.id = due.id and s.id = claimed.subscription_id
                        returning claimed.id, s.url, s.secret, claimed.payload, claimed.attempts""")
                .param("now", Timestamp.from(now)).param("node", node.id())
                .param("until", Timestamp.from(now.plus(CLAIM_LEASE)))
                .query((row, number) -> new Due(row.getObject("id", UUID.class), row.getString("url"),
                        row.getString("secret"), row.getString("payload"), row.getInt("attempts")))
                .optional();
    }

    /** Only the claim's holder records an outcome: a node whose lease ran out does not overwrite the next holder's. */
    @Transactional
    public void delivered(Due due, int status) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update webhook_delivery set status = 'DELIVERED', attempts = :attempts, last_attempt_at = :now,
                               delivered_at = :now, last_status = :status, last_error = null, claimed_by = null,
                               claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("attempts", due.attempts() + 1).param("now", Timestamp.from(now)).param("status", status)
                .param("id", due.id()).param("node", node.id()).update();
    }

    /**
     * The problem as the delivery log keeps it: as a key with its values, worded in each reader's language; one too
     * long for the column (a very long host name) in English words, cut, shown as they are.
     */
    private static String kept(Explanation problem) {
        String keyed = ExplanationText.of(problem);
        if (keyed.length() <= ERROR_MAX) {
            return keyed;
        }
        String english = problem.english();
        return english.length() > ERROR_MAX ? english.substring(0, ERROR_MAX) : english;
    }

    /**
     * A failed attempt: tried again after the back-off, or dead after the last attempt.
     *
     * @param status  the receiver's answer, or null when it gave none (refused, timed out)
     * @param problem why it failed
     * @return whether the delivery is dead now (false when its claim had passed to another node, which records its own)
     */
    @Transactional
    public boolean failed(Due due, Integer status, Explanation problem) {
        Instant now = clock.instant();
        int attempts = due.attempts() + 1;
        var wait = retries.afterFailed(attempts);
        int recorded = jdbc.sql("""
                        update webhook_delivery set status = :state, attempts = :attempts, last_attempt_at = :now,
                               next_attempt_at = :next, last_status = :status, last_error = :error, claimed_by = null,
                               claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("state", wait.isPresent() ? "PENDING" : "DEAD").param("attempts", attempts)
                .param("now", Timestamp.from(now)).param("next", Timestamp.from(now.plus(wait.orElse(Duration.ZERO))))
                .param("status", status, java.sql.Types.INTEGER)
                .param("error", kept(problem))
                .param("id", due.id()).param("node", node.id()).update();
        return recorded == 1 && wait.isEmpty();
    }
}
