package org.supplierportal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.RunsAsSystem;

/**
 * The events that become notifications. Each is handled after its transaction commits, in a transaction of its own,
 * as the system; an event handed over again (the publication registry resubmits unfinished ones) tells nobody twice.
 */
@Service
@RunsAsSystem("notifications")
class NotificationListeners {

    private final Notifier notifier;
    private final OrderQueries orders;

    NotificationListeners(Notifier notifier, OrderQueries orders) {
        this.notifier = notifier;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderReceived event) {
        notifier.deliver(NotificationCatalogue.orderReceived(event));
    }

    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        notifier.deliver(NotificationCatalogue.orderChanged(event));
    }

    @ApplicationModuleListener
    void on(AcknowledgmentEvents.BuyerDecisionApplied event) {
        notifier.deliver(NotificationCatalogue.buyerDecided(event, orders.forAnswer(event.orderId()).number()));
    }

    @ApplicationModuleListener
    void on(InboxEvents.ExceptionRaised event) {
        notifier.deliver(NotificationCatalogue.exceptionRaised(event));
    }

    @ApplicationModuleListener
    void on(ErpEvents.DeadLetterOpened event) {
        notifier.deliver(NotificationCatalogue.deadLetterOpened(event));
    }
}
