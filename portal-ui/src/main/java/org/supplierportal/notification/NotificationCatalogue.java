package org.supplierportal.notification;

import java.util.List;
import java.util.stream.Collectors;

import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.order.OrderEvents;

/**
 * Which domain event becomes which notification, about what, linking where. Pure: who receives it is decided by the
 * type's audience and the event's supplier ({@link Recipients}).
 */
final class NotificationCatalogue {

    private NotificationCatalogue() {
    }

    static NotificationDraft orderReceived(OrderEvents.PurchaseOrderReceived event) {
        return new NotificationDraft(NotificationType.ORDER_RECEIVED, event.tenantId(),
                "order-received:" + event.orderId() + ":" + event.revision(),
                List.of(event.number(), String.valueOf(event.revision())), orderLink(event.orderId().value()));
    }

    static NotificationDraft orderChanged(OrderEvents.PurchaseOrderRevised event) {
        String lines = event.linesToAnswer().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new NotificationDraft(NotificationType.ORDER_CHANGED, event.tenantId(),
                "order-changed:" + event.orderId() + ":" + event.revision(),
                List.of(event.number(), String.valueOf(event.revision()), lines), orderLink(event.orderId().value()));
    }

    /** @param orderNumber the event names the order by id only; the listener looks its number up */
    static NotificationDraft buyerDecided(AcknowledgmentEvents.BuyerDecisionApplied event, String orderNumber) {
        return new NotificationDraft(NotificationType.BUYER_DECIDED, event.tenantId(),
                "buyer-decided:" + event.acknowledgmentLineId() + ":" + event.decision(),
                List.of(orderNumber, String.valueOf(event.lineNumber()), event.decision()),
                orderLink(event.orderId().value()));
    }

    static NotificationDraft exceptionRaised(InboxEvents.ExceptionRaised event) {
        return new NotificationDraft(NotificationType.INBOX_EXCEPTION, event.tenantId(), "inbox-exception:" + event.exceptionId(),
                List.of(event.type().label(), event.supplierName(), event.orderNumber() == null ? "" : event.orderNumber(),
                        event.lineNumber() == null ? "" : String.valueOf(event.lineNumber()), event.rule()), "inbox");
    }

    static NotificationDraft deadLetterOpened(ErpEvents.DeadLetterOpened event) {
        return new NotificationDraft(NotificationType.DEAD_LETTER, null, "dead-letter:" + event.deadLetterId(),
                List.of(event.direction(), event.kind(), event.subject() == null ? event.recordKey() : event.subject(),
                        event.error()), "admin/integration");
    }

    private static String orderLink(java.util.UUID orderId) {
        return "orders/" + orderId;
    }
}
