package org.supplierportal.erp.outbound;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.ErpRejectedException;
import org.supplierportal.erp.ErpUnavailableException;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.tenancy.CurrentUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the portal's messages to the ERP within seconds: each is queued and sent at once; what fails for a passing
 * reason is tried again with growing waits until the ERP is back; what the ERP refuses becomes a dead letter.
 */
@Component
class OutboundDispatcher {

    static final String COMMITMENT = "COMMITMENT";
    static final String ASN = "ASN";

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboundQueue queue;
    private final DeadLetters deadLetters;
    private final ErpConnection connection;
    private final CurrentUsers currentUsers;
    /**
     * One round at a time on this node (the sweep, and the round started after each commit): a claim is this node's,
     * so two rounds of one node must not both hold one message, as they could if a sending outlasted its lease. A
     * message queued while the round ends waits for the next sweep, seconds later.
     */
    private final ReentrantLock round = new ReentrantLock();

    OutboundDispatcher(OutboundQueue queue, DeadLetters deadLetters, ErpConnection connection, CurrentUsers currentUsers) {
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.connection = connection;
        this.currentUsers = currentUsers;
    }

    @Scheduled(initialDelayString = "${portal.erp.outbound-sweep-interval:PT2S}",
            fixedDelayString = "${portal.erp.outbound-sweep-interval:PT2S}")
    void sweep() {
        deliverDue();
    }

    /**
     * Sends what is due from a background thread: for a caller in a person's request (a replay on the integration
     * screen), whose thread keeps that person and must not act as the system.
     */
    @Async
    void deliverDueInBackground() {
        deliverDue();
    }

    /**
     * Sends what is due, one message after the other, each claimed in the database just before it is sent: rounds on
     * several threads or nodes at once share the work and never send one message twice. One claim covers one sending,
     * never a batch: a slow ERP would stretch a batch past the lease, and another node would then take and send its
     * last messages again.
     */
    void deliverDue() {
        if (connection.adapter().isEmpty() || !round.tryLock()) {
            return; // This node's round under way sends what this one would have: it claims until nothing is due.
        }
        try {
            currentUsers.runAsSystem("ERP outbound", () -> {
                List<UUID> claimed;
                while (!(claimed = queue.claimDue(1)).isEmpty()) {
                    if (!deliver(claimed.getFirst())) {
                        break; // The ERP is away: the rest waits for its retry time.
                    }
                }
            });
        } finally {
            round.unlock();
        }
    }

    private boolean deliver(UUID id) {
        OutboundMessage message = queue.find(id).orElseThrow();
        ErpAdapter adapter = connection.adapter().orElseThrow();
        try {
            Object payload = switch (message.kind()) {
                case COMMITMENT -> JSON.readValue(message.payload(), CommitmentMessage.class);
                case ASN -> JSON.readValue(message.payload(), AsnMessage.class);
                default -> throw new ErpRejectedException("unknown message kind " + message.kind());
            };
            String origin = payload instanceof CommitmentMessage commitment ? commitment.sourceSystem()
                    : ((AsnMessage) payload).sourceSystem();
            if (!adapter.system().equals(origin)) {
                // The demo's orders (and any other that did not come from this ERP) must never reach it.
                queue.notForThisErp(id, "About an order from " + origin + ", not from " + adapter.system() + ": not sent.");
                log.info("{} not sent: its order came from {}, not from {}", message.subject(), origin, adapter.system());
                return true;
            }
            switch (payload) {
                case CommitmentMessage commitment -> adapter.pushCommitment(commitment);
                case AsnMessage asn -> adapter.pushAsn(asn);
                default -> throw new IllegalStateException("unreachable");
            }
            queue.sent(id);
            return true;
        } catch (ErpUnavailableException unavailable) {
            queue.failed(id, unavailable.getMessage(), RetryBackoff.after(message.attempts() + 1));
            log.warn("{} not delivered (attempt {}): {}", message.subject(), message.attempts() + 1, unavailable.getMessage());
            return false;
        } catch (ErpRejectedException | UnsupportedOperationException | tools.jackson.core.JacksonException rejected) {
            return deadLetter(message, adapter, rejected);
        } catch (RuntimeException unexpected) {
            // A fault of ours, not the ERP's: keep the message, retry it with backoff, and make the fault visible.
            queue.failed(id, "Unexpected error: " + unexpected, RetryBackoff.after(message.attempts() + 1));
            log.error("{} not delivered because of an unexpected error", message.subject(), unexpected);
            return false;
        }
    }

    private boolean deadLetter(OutboundMessage message, ErpAdapter adapter, RuntimeException rejected) {
        if (!queue.dead(message.id(), rejected.getMessage())) {
            return true; // Its claim had passed to another node, which records the outcome.
        }
        deadLetters.record(DeadLetters.OUTBOUND, message.kind(), adapter.system(), message.idempotencyKey(),
                message.subject(), message.payload(), rejected.getMessage());
        log.error("{} refused by the ERP and dead-lettered: {}", message.subject(), rejected.getMessage());
        return true;
    }
}
