package org.supplierportal.erp.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.deadletter.DeadLetter;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.JobRunView;
import org.supplierportal.erp.inbound.ParkedOrderView;
import org.supplierportal.erp.inbound.ParkedOrders;
import org.supplierportal.erp.inbound.ReconciliationReport;
import org.supplierportal.erp.inbound.ReconciliationReports;
import org.supplierportal.erp.inbound.SyncStates;
import org.supplierportal.erp.outbound.OutboundDispatcher;
import org.supplierportal.erp.outbound.OutboundMessageView;
import org.supplierportal.erp.outbound.OutboundQueue;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * What an admin watches and does on the integration screen: the connection, each feed's runs and lag, what the
 * last reconciliation found, the outbound queue, dead letters (with replay) and parked orders (with retry). Every replay is audited.
 */
@Service
public class IntegrationMonitor {

    private final ErpConnection connection;
    private final ErpJobs jobs;
    private final SyncStates syncStates;
    private final OutboundQueue queue;
    private final DeadLetters deadLetters;
    private final ParkedOrders parkedOrders;
    private final OrderInbound inbound;
    private final OutboundDispatcher dispatcher;
    private final AuditLog auditLog;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final ReconciliationReports reconciliations;

    IntegrationMonitor(ErpConnection connection, ErpJobs jobs, SyncStates syncStates, OutboundQueue queue,
                       DeadLetters deadLetters, ParkedOrders parkedOrders, OrderInbound inbound,
                       OutboundDispatcher dispatcher, AuditLog auditLog, CurrentUsers currentUsers,
                       TransactionTemplate transaction, ReconciliationReports reconciliations) {
        this.reconciliations = reconciliations;
        this.connection = connection;
        this.jobs = jobs;
        this.syncStates = syncStates;
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.parkedOrders = parkedOrders;
        this.inbound = inbound;
        this.dispatcher = dispatcher;
        this.auditLog = auditLog;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
    }

    /** The connected ERP and what it can do. */
    public record Connection(boolean connected, String description, Set<Capability> capabilities) {
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
    public List<JobRunView> recentRuns(String job, int count) {
        return jobs.recentRuns(job, count);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Optional<JobRunView> running(String job) {
        return jobs.running(job);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean runNow(String job) {
        return jobs.runNow(job);
    }

    /** What the last finished reconciliation with the ERP found, if one has run. */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Optional<ReconciliationReport> lastReconciliation() {
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
        List<String> outcomes = new ArrayList<>();
        for (UUID id : ids) {
            outcomes.add(transaction.execute(status -> replayOne(id)));
        }
        dispatcher.deliverDue();
        return outcomes;
    }

    private String replayOne(UUID id) {
        DeadLetter letter = deadLetters.find(id).orElseThrow(() -> new IllegalArgumentException("No dead letter " + id));
        if (letter.status() != DeadLetter.Status.OPEN) {
            return letter.view().subject() + ": already replayed";
        }
        String outcome;
        if (DeadLetters.OUTBOUND.equals(letter.view().direction())) {
            queue.replay(letter.recordKey());
            outcome = "queued again for the ERP";
            letter.replayed(queue.now(), outcome);
        } else if ("ORDER".equals(letter.kind())) {
            outcome = replayOrder(letter);
        } else {
            outcome = "not replayable here: fix it in the ERP, and the next import reads it again";
        }
        auditLog.record(null, "DEAD_LETTER_REPLAYED", "DeadLetter", id.toString(),
                "Dead letter " + letter.view().subject() + " replayed by " + currentUsers.require().displayName() + ": " + outcome,
                null, null);
        return letter.view().subject() + ": " + outcome;
    }

    private String replayOrder(DeadLetter letter) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("No ERP is connected"));
        PulledRecord<OrderDocument> record = adapter.pullOrder(letter.recordKey())
                .orElseThrow(() -> new IllegalStateException("The ERP no longer has " + letter.view().subject()));
        if (!record.isMapped()) {
            letter.replayFailed(queue.now(), record.mappingProblem());
            return "still cannot be taken: " + record.mappingProblem();
        }
        InboundResult result = inbound.receive(record.document());
        if (result.kind() == InboundResult.Kind.PARKED) {
            parkedOrders.park(record.document(), result.message());
        }
        letter.replayed(queue.now(), result.kind().name().toLowerCase());
        return "taken in (" + result.kind().name().toLowerCase() + ")";
    }

    /** Takes a parked order in now that a tenant claims its party code (or says why not yet). */
    @PreAuthorize("hasRole('ADMIN')")
    public String retryParked(UUID id) {
        return transaction.execute(status -> {
            OrderDocument document = parkedOrders.document(id).orElseThrow(() -> new IllegalArgumentException("No parked order " + id));
            InboundResult result = inbound.receive(document);
            String outcome;
            if (result.kind() == InboundResult.Kind.PARKED) {
                outcome = "still parked: " + result.message();
            } else {
                parkedOrders.takenIn(document.sourceSystem(), document.erpId());
                outcome = "taken in";
            }
            auditLog.record(null, "PARKED_ORDER_RETRIED", "ParkedOrder", id.toString(),
                    "Parked PO " + document.number() + " retried: " + outcome, null, null);
            return outcome;
        });
    }
}
