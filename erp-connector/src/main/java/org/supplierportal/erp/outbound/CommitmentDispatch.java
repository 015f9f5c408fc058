package org.supplierportal.erp.outbound;

import java.math.BigDecimal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.order.OrderEvents;

/**
 * Every commitment goes to the ERP as an outbound message keyed by the commitment's idempotency key, written in the
 * transaction that makes the commitment (a transactional outbox): both are saved or neither is, and a 50-line
 * answer queues its 50 messages in one batch of inserts. One delivery round follows the commit.
 *
 * <p>Why not an after-commit listener (as ASNs had until December 2026, see {@link AsnDispatch}): that stored one
 * event publication per line and ran one transaction per line after the answer (queue, then mark the publication
 * done), about 135 small transactions for a 50-line answer; the next person's submission waited behind them (issue 9,
 * docs/benchmarks.md).
 */
@Component
class CommitmentDispatch {

    private final OutboundQueue queue;
    private final DeliveryAfterCommit delivery;

    CommitmentDispatch(OutboundQueue queue, DeliveryAfterCommit delivery) {
        this.queue = queue;
        this.delivery = delivery;
    }

    @EventListener
    void on(OrderEvents.CommitmentMade event) {
        CommitmentMessage message = new CommitmentMessage(event.idempotencyKey(), event.sourceSystem(), event.erpId(),
                event.number(), event.erpLineId(), event.lineNumber(),
                event.deliveries().stream().map(delivery -> delivery.quantity()).reduce(BigDecimal.ZERO, BigDecimal::add),
                event.unit(), event.unitPrice(), event.currency(),
                event.deliveries().stream().map(delivery -> new CommitmentMessage.Delivery(delivery.quantity(), delivery.date())).toList());
        queue.enqueueWithTheChange(message.idempotencyKey(), OutboundDispatcher.COMMITMENT, event.tenantId().value(),
                "PO " + event.number() + " line " + event.lineNumber(), OutboundDispatcher.JSON.writeValueAsString(message));
        delivery.deliverDueAfterCommit();
    }
}
