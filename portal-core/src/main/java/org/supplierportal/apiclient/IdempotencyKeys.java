package org.supplierportal.apiclient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.input.TextRule;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * POST requests done once per Idempotency-Key and caller: the key is claimed in the same transaction as the work, so
 * the work and the key commit together or not at all. A repeat gets the first answer (its status and what it made)
 * instead of a second ASN; a repeat that arrives while the first is still running waits for it. Keys are kept
 * {@link #KEPT_FOR}.
 */
@Service
public class IdempotencyKeys {

    public static final Duration KEPT_FOR = Duration.ofHours(24);
    public static final int KEY_MAX = 100;

    /**
     * What a request did: its status and a reference to what it made or changed (an id).
     *
     * @param repeated true when this is the first request's answer given again
     */
    public record Answer(int status, String reference, boolean repeated) {

        public static Answer of(int status, Object reference) {
            return new Answer(status, String.valueOf(reference), false);
        }
    }

    /** The key was used before for another request (another operation or another body): nothing was done. */
    public static class KeyReusedException extends RuntimeException {
        public KeyReusedException() {
            super("This Idempotency-Key was used for a different request within the last 24 hours. Use a new key"
                    + " for a new request; send the same request to repeat it.");
        }
    }

    /** A key the portal cannot keep: too long or not plain text. */
    public static class InvalidKeyException extends RuntimeException {
        public InvalidKeyException(String problem) {
            super("Idempotency-Key: " + problem + ".");
        }
    }

    private record Stored(String operation, String requestHash, Integer status, String reference) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, CurrentUsers currentUsers, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.write = new TransactionTemplate(transactions);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Does the work unless the caller already did it under this key: then answers as the first time.
     *
     * @param key         the caller's Idempotency-Key; null or blank: no protection, the work is done
     * @param operation   what is being done ("asn.create"), so a key cannot be replayed on another operation
     * @param requestHash a fingerprint of the request, so a reused key with a different body is refused
     * @throws KeyReusedException the key belongs to another request
     */
    public Answer once(String key, String operation, String requestHash, Supplier<Answer> work) {
        if (key == null || key.isBlank()) {
            return write.execute(status -> work.get());
        }
        String problem = TextRule.problem(key, KEY_MAX);
        if (problem != null) {
            throw new InvalidKeyException(problem);
        }
        CurrentUser caller = currentUsers.require();
        Optional<Stored> earlier = read.execute(status -> find(caller, key));
        if (earlier.isPresent()) {
            return repeat(earlier.get(), operation, requestHash);
        }
        try {
            return write.execute(status -> {
                Instant now = clock.instant();
                jdbc.update("delete from api_idempotency_key where caller_id = ? and idempotency_key = ? and created_at < ?",
                        caller.userId(), key, Timestamp.from(now.minus(KEPT_FOR)));
                // A concurrent request with the same key waits here until the first commits, then fails as a duplicate.
                jdbc.update("""
                        insert into api_idempotency_key (tenant_id, caller_id, idempotency_key, operation, request_hash, created_at)
                        values (?, ?, ?, ?, ?, ?)""", caller.supplierTenant().map(tenant -> tenant.value()).orElse(null),
                        caller.userId(), key, operation, requestHash, Timestamp.from(now));
                Answer answer = work.get();
                jdbc.update("update api_idempotency_key set response_status = ?, response_ref = ? where caller_id = ? and idempotency_key = ?",
                        answer.status(), answer.reference(), caller.userId(), key);
                return answer;
            });
        } catch (DuplicateKeyException concurrentRepeat) {
            return repeat(read.execute(status -> find(caller, key)).orElseThrow(() -> concurrentRepeat), operation, requestHash);
        }
    }

    /** Forgets keys older than {@link #KEPT_FOR}, on one node at a time. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "api:idempotency-keys", lockAtLeastFor = "PT5S")
    public void forgetOldKeys() {
        currentUsers.runAsSystem("idempotency keys", () -> write.execute(status -> jdbc.update(
                "delete from api_idempotency_key where created_at < ?", Timestamp.from(clock.instant().minus(KEPT_FOR)))));
    }

    private Optional<Stored> find(CurrentUser caller, String key) {
        return jdbc.query("""
                select operation, request_hash, response_status, response_ref from api_idempotency_key
                where caller_id = ? and idempotency_key = ? and created_at >= ?""",
                (rs, n) -> new Stored(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4)),
                caller.userId(), key, Timestamp.from(clock.instant().minus(KEPT_FOR))).stream().findFirst();
    }

    private static Answer repeat(Stored first, String operation, String requestHash) {
        if (!first.operation().equals(operation) || !first.requestHash().equals(requestHash) || first.status() == null) {
            throw new KeyReusedException();
        }
        return new Answer(first.status(), first.reference(), true);
    }

}
