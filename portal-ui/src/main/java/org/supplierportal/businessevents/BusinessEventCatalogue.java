package org.supplierportal.businessevents;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.ExplanationText;

import static org.supplierportal.businessevents.BusinessEventType.*;

/**
 * Which domain events go out, as which business event type, for which supplier, with which data. Pure: the
 * envelope's supplier key and id are added by {@link BusinessEventEnvelopes}. An event not listed here stays inside
 * the portal (the watches' "overdue" events, for instance, are the buyer's work list, not a change of business; an
 * invoice's blocking goes out as its status change, not as the inbox's own blocked and unblocked events).
 */
final class BusinessEventCatalogue {

    /** What a domain event becomes outside: its type, whose it is, and its data. */
    record Described(BusinessEventType type, TenantId tenantId, Object data) {
    }

    private record Entry<T>(Class<T> eventClass, Function<T, Described> describe) {

        Optional<Described> describe(Object event) {
            return eventClass.isInstance(event) ? Optional.of(describe.apply(eventClass.cast(event))) : Optional.empty();
        }
    }

    private static final List<Entry<?>> ENTRIES = List.of(
            new Entry<>(OrderEvents.PurchaseOrderReceived.class, event -> new Described(ORDER_RECEIVED, event.tenantId(),
                    new BusinessEventData.OrderReceived(event.orderId().value(), event.number(), event.revision()))),
            new Entry<>(OrderEvents.PurchaseOrderRevised.class, event -> new Described(ORDER_REVISED, event.tenantId(),
                    new BusinessEventData.OrderRevised(event.orderId().value(), event.number(), event.revision(),
                            List.copyOf(event.linesToAnswer())))),
            new Entry<>(OrderEvents.CommitmentMade.class, BusinessEventCatalogue::lineCommitted),
            new Entry<>(AcknowledgmentEvents.LineNeedsBuyerDecision.class, event -> new Described(LINE_SENT_TO_BUYER,
                    event.tenantId(), new BusinessEventData.LineSentToBuyer(event.orderId().value(), event.orderNumber(),
                    event.revision(), event.lineNumber(), event.partNumber(), event.reason().name(),
                    english(event.orderedSummary()), english(event.proposedSummary()), event.rule()))),
            new Entry<>(AcknowledgmentEvents.BuyerDecisionApplied.class, event -> new Described(BUYER_DECIDED,
                    event.tenantId(), new BusinessEventData.BuyerDecided(event.orderId().value(), event.lineNumber(),
                    event.decision()))),
            new Entry<>(ShipmentEvents.AsnVersionReady.class, event -> new Described(asnType(event), event.tenantId(),
                    new BusinessEventData.AsnVersion(event.asnId(), event.number(), event.asnVersion()))),
            new Entry<>(ShipmentEvents.ReceiptMatched.class, event -> new Described(RECEIPT_MATCHED, event.tenantId(),
                    new BusinessEventData.ReceiptMatched(event.orderId().value(), event.orderNumber(), event.lineNumber(),
                            event.partNumber(), event.asnNumber(), event.shipped(), event.received(), event.unit()))),
            new Entry<>(ShipmentEvents.ReceiptDiffersFromAsn.class, event -> new Described(RECEIPT_DIFFERS_FROM_ASN,
                    event.tenantId(), new BusinessEventData.ReceiptDiffersFromAsn(event.orderId().value(),
                    event.orderNumber(), event.lineNumber(), event.partNumber(), event.asnNumber(), event.shipped(),
                    event.received(), event.unit()))),
            new Entry<>(ShipmentEvents.ReceiptWithoutAsn.class, event -> new Described(RECEIPT_WITHOUT_ASN,
                    event.tenantId(), new BusinessEventData.ReceiptWithoutAsn(event.orderId().value(), event.orderNumber(),
                    event.lineNumber(), event.partNumber(), event.received(), event.unit(), event.reference()))),
            new Entry<>(ShipmentEvents.ReceiptRejected.class, event -> new Described(RECEIPT_REJECTED, event.tenantId(),
                    new BusinessEventData.ReceiptRejected(event.orderId().value(), event.orderNumber(), event.lineNumber(),
                            event.partNumber(), event.asnNumber(), event.received(), event.rejected(), event.unit(),
                            event.reason(), event.receivedOn()))),
            new Entry<>(QualityEvents.IncidentOpened.class, event -> new Described(INCIDENT_OPENED, event.tenantId(),
                    new BusinessEventData.IncidentOpened(event.incidentId(), event.incidentNumber()))),
            new Entry<>(QualityEvents.StepAnswered.class, event -> new Described(INCIDENT_STEP_ANSWERED, event.tenantId(),
                    new BusinessEventData.IncidentStepAnswered(event.incidentId(), event.incidentNumber(),
                            event.kind().name()))),
            new Entry<>(QualityEvents.IncidentClosed.class, event -> new Described(INCIDENT_CLOSED, event.tenantId(),
                    new BusinessEventData.IncidentClosed(event.incidentId(), event.incidentNumber()))),
            new Entry<>(InvoiceEvents.InvoiceStatusChanged.class, event -> new Described(INVOICE_STATUS_CHANGED,
                    event.tenantId(), new BusinessEventData.InvoiceStatusChanged(event.invoiceId(), event.invoiceNumber(),
                    event.orderId() == null ? null : event.orderId().value(), event.orderNumber(),
                    event.before() == null ? null : event.before().name(), event.status().name(), english(event.reason())))));

    private BusinessEventCatalogue() {
    }

    /** A summary or reason as the events keep it (a rules key with values, or plain words), in English for outside. */
    private static String english(String kept) {
        return kept == null ? null : ExplanationText.readOrAsStored(kept).english();
    }

    /** The event's outside form, or empty for an event that stays inside the portal. */
    static Optional<Described> describe(Object event) {
        return ENTRIES.stream().flatMap(entry -> entry.describe(event).stream()).findFirst();
    }

    static boolean isExternal(Object event) {
        return ENTRIES.stream().anyMatch(entry -> entry.eventClass().isInstance(event));
    }

    private static Described lineCommitted(OrderEvents.CommitmentMade event) {
        return new Described(LINE_COMMITTED, event.tenantId(), new BusinessEventData.LineCommitted(
                event.orderId().value(), event.number(), event.revision(), event.lineNumber(), event.unit(),
                event.currency(), event.unitPrice(), event.priceUnit(), event.deliveries().stream()
                .map(delivery -> new BusinessEventData.Delivery(delivery.quantity(), delivery.date())).toList(),
                event.source().name(), event.committedAt()));
    }

    /** The first version of an ASN is its sending; later ones change or cancel it. */
    static BusinessEventType asnType(ShipmentEvents.AsnVersionReady event) {
        if (event.cancelled()) {
            return ASN_CANCELLED;
        }
        return event.asnVersion() == 1 ? ASN_SENT : ASN_CHANGED;
    }
}
