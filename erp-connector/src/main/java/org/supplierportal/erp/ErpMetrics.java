package org.supplierportal.erp;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The connector's health as Prometheus metrics: messages waiting for the ERP, open dead letters, and each feed's lag
 * (seconds since its last successful run). Spring Batch adds its own job and step timers.
 */
@Component
class ErpMetrics implements MeterBinder {

    private final OutboundQueue queue;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ErpMetrics(OutboundQueue queue, DeadLetters deadLetters, SyncStates syncStates, CurrentUsers currentUsers, Clock clock) {
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.erp.outbound.pending", () -> asSystem(() -> queue.count(OutboundMessage.Status.PENDING)))
                .description("Messages waiting to be delivered to the ERP").register(registry);
        Gauge.builder("portal.erp.outbound.dead", () -> asSystem(() -> queue.count(OutboundMessage.Status.DEAD)))
                .description("Messages the ERP refused").register(registry);
        Gauge.builder("portal.erp.dead.letters.open", () -> asSystem(deadLetters::openCount))
                .description("Dead letters waiting for a fix and a replay").register(registry);
        for (String feed : new String[] {ImportFeeds.ORDERS, ImportFeeds.RECEIPTS, ImportFeeds.INVOICES}) {
            Gauge.builder("portal.erp.feed.lag.seconds", () -> lagSeconds(feed))
                    .description("Seconds since the feed last ran successfully (-1: never)").tag("feed", feed).register(registry);
        }
    }

    private double lagSeconds(String feed) {
        return asSystem(() -> syncStates.all().stream().filter(state -> state.name().equals(feed)).findFirst()
                .map(state -> state.lastSuccessAt() == null ? -1.0
                        : (double) Duration.between(state.lastSuccessAt(), clock.instant()).toSeconds())
                .orElse(-1.0));
    }

    private double asSystem(java.util.function.Supplier<Number> value) {
        return currentUsers.runAsSystem("metrics", value).doubleValue();
    }
}
