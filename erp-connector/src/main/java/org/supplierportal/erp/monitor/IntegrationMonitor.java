package org.supplierportal.erp.monitor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.deadletter.DeadLetterReplay;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.erp.inbound.ParkedOrders;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.erp.inbound.ReconciliationReports;
import org.supplierportal.erp.inbound.SyncStates;
import org.supplierportal.erp.outbound.OutboundMessageView;
import org.supplierportal.erp.outbound.OutboundQueue;

/**
 * What an admin watches and does on the integration screen, in one place and for admins only: the connection, each
 * job's runs and each feed's lag, what the last reconciliation found, the outbound queue, dead letters (with replay)
 * and parked orders (with retry). The work itself is done where it belongs (inbound, outbound, dead letters).
 */
@Service
public class IntegrationMonitor {

    private final ErpConnection connection;
    private final ErpJobs jobs;
    private final SyncStates syncStates;
    private final ReconciliationReports reconciliations;
    private final OutboundQueue queue;
    private final DeadLetters deadLetters;
    private final DeadLetterReplay replays;
    private final ParkedOrders parkedOrders;

    IntegrationMonitor(ErpConnection connection, ErpJobs jobs, SyncStates syncStates, ReconciliationReports reconciliations,
                       OutboundQueue queue, DeadLetters deadLetters, DeadLetterReplay replays, ParkedOrders parkedOrders) {
        this.connection = connection;
        this.jobs = jobs;
        this.syncStates = syncStates;
        this.reconciliations = reconciliations;
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.replays = replays;
        this.parkedOrders = parkedOrders;
    }

    /** The connected ERP and what it can do. */
    public record Connection(boolean connected, String description, Set<Capability> capabilities) {

        /** Whether the connected ERP can serve the job (an adapter without invoice status cannot import invoices). */
        public boolean canRun(ErpJob job) {
            return connected && capabilities.contains(job.capability());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Connection connection() {
        return new Connection(connection.adapter().isPresent(), connection.describe(),
                connection.adapter().map(ErpAdapter::capabilities).orElse(Set.of()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<FeedState> feeds() {
        return syncStates.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<JobRunView> recentRuns(ErpJob job, int count) {
        return jobs.recentRuns(job, count);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<JobRunView> running(ErpJob job) {
        return jobs.running(job);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean runNow(ErpJob job) {
        return jobs.runNow(job);
    }

    /** What the last finished reconciliation with the ERP found, if one has run. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ReconciliationReport> lastReconciliation() {
        return reconciliations.last();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboundMessageView> pendingMessages() {
        return queue.pending();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<DeadLetterView> deadLetters() {
        return deadLetters.open();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ParkedOrderView> parkedOrders() {
        return parkedOrders.parked();
    }

    /**
     * Replays dead letters after their cause was fixed: outbound messages go back to the queue; an order is read again
     * from the ERP and taken in. Returns, per letter, what happened.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> replay(List<UUID> ids) {
        return replays.replay(ids);
    }

    /** Takes a parked order in now that a tenant claims its party code (or says why not yet). */
    @PreAuthorize("hasRole('ADMIN')")
    public String retryParked(UUID id) {
        return parkedOrders.retry(id);
    }
}
