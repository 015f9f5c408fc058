package org.supplierportal.notification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.erp.ErpEvents;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.invoice.InvoiceStatus;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.StepView;
import org.supplierportal.shipment.ShipmentEvents;

/**
 * Which domain event becomes which notification, about what, linking where. Pure: who receives it is decided by the
 * type's audience and the event's supplier ({@link Recipients}). Times are written in UTC until notifications are in
 * the reader's language and time zone.
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

    /**
     * A supplier's answer that waits for a buyer's decision is its own type; every other exception is "in the inbox".
     * One about no order (a quality step, an invoice) adds its subject: its kind, then its values.
     */
    static NotificationDraft exceptionRaised(InboxEvents.ExceptionRaised event) {
        NotificationType type = event.type().isAnswerDecision() ? NotificationType.ANSWER_OUTSIDE_TOLERANCE : NotificationType.INBOX_EXCEPTION;
        List<String> arguments = new ArrayList<>(List.of(event.type().name(), event.supplierName(),
                event.orderNumber() == null ? "" : event.orderNumber(),
                event.lineNumber() == null ? "" : String.valueOf(event.lineNumber()), NotificationArguments.stored(event.reason())));
        if (event.subject() != null) {
            arguments.add(event.subject().kind().name());
            arguments.addAll(event.subject().values());
        }
        return new NotificationDraft(type, event.tenantId(), "inbox-exception:" + event.exceptionId(), arguments, "inbox");
    }

    static NotificationDraft deadLetterOpened(ErpEvents.DeadLetterOpened event) {
        return new NotificationDraft(NotificationType.DEAD_LETTER, null, "dead-letter:" + event.deadLetterId(),
                List.of(event.direction(), event.kind(), event.subject() == null ? event.recordKey() : event.subject(),
                        event.error()), "admin/integration");
    }

    static NotificationDraft acknowledgmentDueSoon(OrderEvents.AcknowledgmentDueSoon event) {
        return new NotificationDraft(NotificationType.ACKNOWLEDGMENT_DUE_SOON, event.tenantId(),
                "ack-due-soon:" + event.orderId() + ":" + event.dueAt().toEpochMilli(),
                List.of(event.number(), String.valueOf(event.revision()), event.dueAt().toString()), answerLink(event.orderId()));
    }

    static NotificationDraft acknowledgmentOverdue(OrderEvents.AcknowledgmentOverdue event) {
        return new NotificationDraft(NotificationType.ACKNOWLEDGMENT_OVERDUE, event.tenantId(),
                "ack-overdue:" + event.orderId() + ":" + event.revision(),
                List.of(event.number(), String.valueOf(event.revision()), event.dueAt().toString()), answerLink(event.orderId()));
    }

    /** @param asnId the ASN the event names by number; the listener looks it up (null: the order's page instead) */
    static NotificationDraft receiptDiffersFromAsn(ShipmentEvents.ReceiptDiffersFromAsn event, UUID asnId) {
        return new NotificationDraft(NotificationType.RECEIPT_DIFFERS_FROM_ASN, event.tenantId(),
                "receipt-differs:" + event.asnNumber() + ":" + event.orderId() + ":" + event.lineNumber() + ":" + plain(event.received()),
                List.of(event.asnNumber(), event.orderNumber(), String.valueOf(event.lineNumber()), plain(event.shipped()),
                        plain(event.received()), event.unit()),
                asnId == null ? orderLink(event.orderId().value()) : "shipments/" + asnId);
    }

    static NotificationDraft qualityStepReturned(QualityEvents.StepReturned event) {
        return new NotificationDraft(NotificationType.QUALITY_STEP_RETURNED, event.tenantId(),
                "quality-returned:" + event.incidentId() + ":" + event.kind() + ":" + event.returnedAt().toEpochMilli(),
                List.of(event.incidentNumber(), event.kind().name(), event.comment(), event.dueAt().toString()),
                incidentLink(event.incidentId()));
    }

    static NotificationDraft qualityStepDueSoon(QualityEvents.StepDueSoon event) {
        return new NotificationDraft(NotificationType.QUALITY_STEP_DUE_SOON, event.tenantId(),
                "quality-due-soon:" + event.incidentId() + ":" + event.kind() + ":" + event.dueAt().toEpochMilli(),
                List.of(event.incidentNumber(), event.kind().name(), event.dueAt().toString()), incidentLink(event.incidentId()));
    }

    /**
     * @param step the step as the listener found it: its rounds tell this answer from the supplier's next one, so a
     *             redelivered event adds nothing and an answer after a return is told again
     */
    static NotificationDraft qualityStepAnswered(QualityEvents.StepAnswered event, String supplierName, StepView step) {
        return new NotificationDraft(NotificationType.QUALITY_STEP_ANSWERED, event.tenantId(),
                "quality-answered:" + event.incidentId() + ":" + event.kind() + ":" + step.rounds(),
                List.of(event.incidentNumber(), event.kind().name(), supplierName), incidentLink(event.incidentId()));
    }

    static NotificationDraft invoiceBlocked(InvoiceEvents.InvoiceBlocked event) {
        return new NotificationDraft(NotificationType.INVOICE_BLOCKED, event.tenantId(),
                "invoice-blocked:" + event.invoiceId() + ":" + String.valueOf(event.reason()).hashCode(),
                List.of(event.invoiceNumber(), event.orderNumber(), event.reason()), invoiceLink(event.invoiceId()));
    }

    /** Only the step to paid is a notification; the invoice's other moves are on its page. */
    static Optional<NotificationDraft> invoicePaid(InvoiceEvents.InvoiceStatusChanged event) {
        if (event.status() != InvoiceStatus.PAID || event.before() == InvoiceStatus.PAID) {
            return Optional.empty();
        }
        return Optional.of(new NotificationDraft(NotificationType.INVOICE_PAID, event.tenantId(),
                "invoice-paid:" + event.invoiceId(), List.of(event.invoiceNumber(), event.orderNumber()),
                invoiceLink(event.invoiceId())));
    }

    static NotificationDraft importFailed(ErpEvents.ImportFailed event) {
        return new NotificationDraft(NotificationType.IMPORT_FAILED, null,
                "import-failed:" + event.jobName() + ":" + event.failedAt().toEpochMilli(),
                List.of(event.jobName(), String.valueOf(event.executionId()), event.error(), event.failedAt().toString()),
                "admin/integration");
    }

    private static String orderLink(UUID orderId) {
        return "orders/" + orderId;
    }

    private static String answerLink(OrderId orderId) {
        return "orders/" + orderId.value() + "/acknowledge";
    }

    private static String incidentLink(UUID incidentId) {
        return "quality/" + incidentId;
    }

    private static String invoiceLink(UUID invoiceId) {
        return "invoices/" + invoiceId;
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }
}
