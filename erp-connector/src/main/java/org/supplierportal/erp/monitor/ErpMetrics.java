package org.supplierportal.erp.monitor;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ReconciliationReports;
import org.supplierportal.erp.inbound.ReconciliationTotals;
import org.supplierportal.erp.inbound.SyncStates;
import org.supplierportal.erp.outbound.OutboundQueue;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The connector's health as Prometheus metrics: messages waiting for the ERP, open dead letters, each feed's lag
 * (seconds since its last successful run), what the reconciliation found, and the adapter's own figures. Spring Batch adds its own job and step timers.
 */
@Component
class ErpMetrics implements MeterBinder {

    private final OutboundQueue queue;
    private final DeadLetters deadLetters;
    private final SyncStates syncStates;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ReconciliationTotals reconciliation;
    private final ReconciliationReports reconciliations;
    private final ErpConnection connection;

    ErpMetrics(OutboundQueue queue, DeadLetters deadLetters, SyncStates syncStates, CurrentUsers currentUsers, Clock clock,
               ReconciliationTotals reconciliation, ReconciliationReports reconciliations, ErpConnection connection) {
        this.reconciliation = reconciliation;
        this.reconciliations = reconciliations;
        this.connection = connection;
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.syncStates = syncStates;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.erp.outbound.pending", () -> asSystem(() -> queue.pendingCount()))
                .description("Messages waiting to be delivered to the ERP").register(registry);
        Gauge.builder("portal.erp.outbound.dead", () -> asSystem(() -> queue.deadCount()))
                .description("Messages the ERP refused").register(registry);
        Gauge.builder("portal.erp.dead.letters.open", () -> asSystem(deadLetters::openCount))
                .description("Dead letters waiting for a fix and a replay").register(registry);
        for (ErpJob feed : new ErpJob[] {ErpJob.ORDERS, ErpJob.RECEIPTS, ErpJob.INVOICES}) {
            Gauge.builder("portal.erp.feed.lag.seconds", () -> lagSeconds(feed))
                    .description("Seconds since the feed last ran successfully (-1: never)").tag("feed", feed.jobName()).register(registry);
        }
        bindReconciliation(registry);
        // An adapter may have figures of its own (Tryton: its calls).
        connection.adapter().filter(MeterBinder.class::isInstance).map(MeterBinder.class::cast)
                .ifPresent(adapter -> adapter.bindTo(registry));
    }

    private void bindReconciliation(MeterRegistry registry) {
        FunctionCounter.builder("portal.erp.reconciliation.checked", reconciliation, ReconciliationTotals::checked)
                .description("Open orders compared with the ERP").register(registry);
        FunctionCounter.builder("portal.erp.reconciliation.differed", reconciliation, ReconciliationTotals::differed)
                .description("Open orders whose content in the ERP differed from the portal's: changes the feeds missed")
                .register(registry);
        FunctionCounter.builder("portal.erp.reconciliation.repaired", reconciliation, ReconciliationTotals::repaired)
                .description("Differing orders taken in as a new revision").register(registry);
        FunctionCounter.builder("portal.erp.reconciliation.missing", reconciliation, ReconciliationTotals::missing)
                .description("Open orders the ERP no longer shows").register(registry);
        Gauge.builder("portal.erp.reconciliation.last.differed", () -> asSystem(() -> reconciliations.last()
                        .map(report -> report.findings().differed()).orElse(0L)))
                .description("Orders that differed from the ERP in the last finished reconciliation").register(registry);
        Gauge.builder("portal.erp.reconciliation.lag.seconds", () -> lagSeconds(ErpJob.RECONCILIATION))
                .description("Seconds since the reconciliation last ran successfully (-1: never)").register(registry);
    }

    private double lagSeconds(ErpJob feed) {
        return asSystem(() -> syncStates.all().stream().filter(state -> state.name().equals(feed.jobName())).findFirst()
                .map(state -> state.lastSuccessAt() == null ? -1.0
                        : (double) Duration.between(state.lastSuccessAt(), clock.instant()).toSeconds())
                .orElse(-1.0));
    }

    private double asSystem(java.util.function.Supplier<Number> value) {
        return currentUsers.runAsSystem("metrics", value).doubleValue();
    }
}
