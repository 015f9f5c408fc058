package org.supplierportal.inbox;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Keeps the inbox in step with orders and answers. Each event is handled after its transaction commits, on its own
 * thread, as the system (the user who caused it may be long gone: events are resubmitted from the publication
 * registry after a restart). The system context is set before the inbox's transaction begins, so the transaction's
 * tenant scope is the system's.
 */
@Component
class InboxListeners {

    private final BuyerInbox inbox;
    private final CurrentUsers currentUsers;

    InboxListeners(BuyerInbox inbox, CurrentUsers currentUsers) {
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    @Async
    @TransactionalEventListener
    void on(AcknowledgmentEvents.LineNeedsBuyerDecision event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raiseForAnswer(event));
    }

    @Async
    @TransactionalEventListener
    void on(OrderEvents.AcknowledgmentOverdue event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raiseOverdue(event));
    }

    @Async
    @TransactionalEventListener
    void on(OrderEvents.OrderAnswered event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.resolveOverdue(event));
    }

    @Async
    @TransactionalEventListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.resolveSuperseded(event));
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.ReceiptDiffersFromAsn event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.ReceiptWithoutAsn event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.AsnNotReceived event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(ShipmentEvents.ShipmentOverdue event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(QualityEvents.StepOverdue event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(QualityEvents.StepAnswered event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.resolveAnswered(event));
    }

    @Async
    @TransactionalEventListener
    void on(InvoiceEvents.InvoiceBlocked event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.raise(event));
    }

    @Async
    @TransactionalEventListener
    void on(InvoiceEvents.InvoiceUnblocked event) {
        currentUsers.runAsSystem("buyer inbox", () -> inbox.resolveUnblocked(event));
    }
}
