package org.supplierportal.webhook;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.businessevents.BusinessEvents;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Turns each business event, once its change committed, into deliveries (one per matching subscription) and sends
 * them at once. A listener of the event publication registry: if the node stops before the deliveries are written,
 * the cluster's housekeeping hands the event over again (delivery is at least once; receivers deduplicate by the
 * envelope's id or the webhook-id).
 */
@Component
class WebhookFanOut {

    private final BusinessEvents businessEvents;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final CurrentUsers currentUsers;

    WebhookFanOut(BusinessEvents businessEvents, WebhookOutbox outbox, WebhookSender sender, CurrentUsers currentUsers) {
        this.businessEvents = businessEvents;
        this.outbox = outbox;
        this.sender = sender;
        this.currentUsers = currentUsers;
    }

    @Async
    @TransactionalEventListener(condition = "@webhookInterest.wants(#root.args[0])")
    void on(Object event) {
        int written = currentUsers.runAsSystem("webhooks", () -> businessEvents.describe(event).map(outbox::enqueue).orElse(0));
        if (written > 0) {
            sender.deliverDue();
        }
    }
}
