package org.supplierportal.erp.outbound;

import java.math.BigDecimal;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.order.OrderEvents;

/**
 * Every commitment (kept in the event publication registry until this listener has queued it) goes to the ERP: as an
 * outbound message keyed by the commitment's idempotency key, delivered at once.
 */
@Component
class CommitmentDispatch {

    private final OutboundDispatcher dispatcher;

    CommitmentDispatch(OutboundDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Async
    @TransactionalEventListener
    void on(OrderEvents.CommitmentMade event) {
        CommitmentMessage message = new CommitmentMessage(event.idempotencyKey(), event.sourceSystem(), event.erpId(),
                event.number(), event.erpLineId(), event.lineNumber(),
                event.deliveries().stream().map(delivery -> delivery.quantity()).reduce(BigDecimal.ZERO, BigDecimal::add),
                event.unit(), event.unitPrice(), event.currency(),
                event.deliveries().stream().map(delivery -> new CommitmentMessage.Delivery(delivery.quantity(), delivery.date())).toList());
        dispatcher.enqueue(OutboundDispatcher.COMMITMENT, message.idempotencyKey(), event.tenantId().value(),
                "PO " + event.number() + " line " + event.lineNumber(), message);
    }
}
