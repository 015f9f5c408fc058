package org.supplierportal.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.businessevents.BusinessEvents;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Which business event types some active webhook subscription wants, so that the fan-out is skipped for events nobody
 * subscribed to: no event publication stored, no background transaction. That is the common case, and it is not
 * small: a 50-line acknowledgment commits 45 lines, each a business event, and the fan-out of each doubled the
 * answer's time on two cores (docs/benchmarks.md). Errs on the side of fanning out: until the first read, and from a
 * change of a subscription on this node until the read after its commit, every business event is wanted. A
 * subscription made on another node of a cluster is seen at the next periodic read (setting
 * {@code portal.webhooks.interest-refresh}, a few seconds): its first events may come from then on.
 */
@Component
public class WebhookInterest {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final BusinessEvents businessEvents;
    /** Counts changes, so that a read that began before a change cannot hide it. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Set<String> wantedTypes;

    WebhookInterest(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, CurrentUsers currentUsers,
                    BusinessEvents businessEvents) {
        this.jdbc = jdbc;
        // Its own transaction also when called after another's commit, whose resources are still bound then.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setReadOnly(true);
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.businessEvents = businessEvents;
    }

    /** For the fan-out's condition: whether the event is a business event that some subscription may want. */
    public boolean wants(Object event) {
        Set<String> wanted = wantedTypes;
        return businessEvents.typeOf(event).map(type -> wanted == null || wanted.contains(type.wireName())).orElse(false);
    }

    /**
     * A subscription is made or resumed on this node: everything is wanted until the next periodic read that begins
     * after its commit (a read that began earlier may not see it, so it is not kept).
     */
    void subscriptionsChanging() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
    }

    /** The event types (wire names) known to be wanted; empty while every business event is. */
    Optional<Set<String>> wantedTypes() {
        return Optional.ofNullable(wantedTypes);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${portal.webhooks.interest-refresh:PT5S}")
    void read() {
        long seen = changes.get();
        Set<String> read = currentUsers.runAsSystem("webhook interest", () -> transactions.execute(status -> jdbc.sql("""
                        select distinct s.event_types from webhook_subscription s join api_client c on c.id = s.api_client_id
                        where s.status = 'ACTIVE' and c.revoked_at is null and c.expires_at > :now""")
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class).list().stream()
                .flatMap(types -> Arrays.stream(types.split(" ")))
                .filter(type -> !type.isBlank())
                .collect(Collectors.toUnmodifiableSet())));
        synchronized (this) {
            if (changes.get() == seen) {
                wantedTypes = read;
            }
        }
    }

    private synchronized void forget() {
        changes.incrementAndGet();
        wantedTypes = null;
    }
}
