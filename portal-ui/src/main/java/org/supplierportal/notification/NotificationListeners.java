package org.supplierportal.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ShipmentEvents;
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
    private final AsnQueries asns;
    private final QualityQueries incidents;

    NotificationListeners(Notifier notifier, OrderQueries orders, AsnQueries asns, QualityQueries incidents) {
        this.notifier = notifier;
        this.orders = orders;
        this.asns = asns;
        this.incidents = incidents;
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

    @ApplicationModuleListener
    void on(OrderEvents.AcknowledgmentDueSoon event) {
        notifier.deliver(NotificationCatalogue.acknowledgmentDueSoon(event));
    }

    @ApplicationModuleListener
    void on(OrderEvents.AcknowledgmentOverdue event) {
        notifier.deliver(NotificationCatalogue.acknowledgmentOverdue(event));
    }

    @ApplicationModuleListener
    void on(ShipmentEvents.ReceiptDiffersFromAsn event) {
        notifier.deliver(NotificationCatalogue.receiptDiffersFromAsn(event,
                asns.findByNumber(event.asnNumber()).map(AsnView::id).orElse(null)));
    }

    @ApplicationModuleListener
    void on(QualityEvents.StepReturned event) {
        notifier.deliver(NotificationCatalogue.qualityStepReturned(event));
    }

    @ApplicationModuleListener
    void on(QualityEvents.StepDueSoon event) {
        notifier.deliver(NotificationCatalogue.qualityStepDueSoon(event));
    }

    @ApplicationModuleListener
    void on(QualityEvents.StepAnswered event) {
        IncidentView incident = incidents.find(event.incidentId());
        notifier.deliver(NotificationCatalogue.qualityStepAnswered(event, incident.supplierName(), incident.step(event.kind())));
    }

    @ApplicationModuleListener
    void on(InvoiceEvents.InvoiceBlocked event) {
        notifier.deliver(NotificationCatalogue.invoiceBlocked(event));
    }

    @ApplicationModuleListener
    void on(InvoiceEvents.InvoiceStatusChanged event) {
        NotificationCatalogue.invoicePaid(event).ifPresent(notifier::deliver);
    }

    @ApplicationModuleListener
    void on(ErpEvents.ImportFailed event) {
        notifier.deliver(NotificationCatalogue.importFailed(event));
    }
}
