package org.supplierportal.b2b.outbound;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.ChangeSendingPolicy;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.b2b.OutboundDrop;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.RunsAsSystem;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.ChannelSettings;
import org.supplierportal.tenant.TenantChannels;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * A new order for a supplier on EDI goes out as its standard's purchase order (850, ORDERS), from the same event the
 * screens' order list reacts to: with the partner's next control numbers (unique, increasing, kept in PostgreSQL),
 * logged, and dropped where the partner picks it up. A revision goes out the same way as an order change (860,
 * ORDCHG) to partners that take order changes, unless it changed nothing the change document carries. An order that
 * cannot be written (a unit without a code in the standard) is logged as refused, in words an admin can act on.
 */
@Component
@RunsAsSystem("EDI purchase orders and changes")
class EdiOrderSender {

    private static final Logger log = LoggerFactory.getLogger(EdiOrderSender.class);

    private final List<EdiOrderWriter> writers;
    private final TenantChannels channels;
    private final TenantService tenants;
    private final OrderQueries orders;
    private final MessageLog messageLog;
    private final OutboundDrop drop;
    private final Clock clock;

    EdiOrderSender(List<EdiOrderWriter> writers, TenantChannels channels, TenantService tenants, OrderQueries orders,
                   MessageLog messageLog, OutboundDrop drop, Clock clock) {
        this.writers = List.copyOf(writers);
        this.channels = channels;
        this.tenants = tenants;
        this.orders = orders;
        this.messageLog = messageLog;
        this.drop = drop;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderReceived event) {
        partner(event.tenantId(), org.supplierportal.tenant.B2bDocument.PURCHASE_ORDERS).ifPresent(partner -> {
            OrderDocument order = orders.document(event.orderId(), event.revision());
            send(partner, event.orderId(), order, event.revision(), false, "", (envelope, now) ->
                    partner.writer().newOrder(order, event.revision(), partner.settings(), envelope, now));
        });
    }

    /** A revision goes out as a change carrying what changed since the revision before it, when that is anything. */
    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        partner(event.tenantId(), org.supplierportal.tenant.B2bDocument.ORDER_CHANGES).ifPresent(partner -> {
            OrderDocument order = orders.document(event.orderId(), event.revision());
            OrderChange change = OrderChange.between(orders.document(event.orderId(), event.revision() - 1), order);
            ChangeSendingPolicy.Decision decision = ChangeSendingPolicy.decide(change, partner.writer().changeCarries());
            if (!decision.sends()) {
                // The message log has no state for a document never written; the reason goes to the application log.
                log.info("PO {} revision {}: no {} sent to {}: {}", order.number(), event.revision(),
                        partner.writer().documentType(true), partner.writer().partnerId(partner.settings()), decision.reason());
                return;
            }
            String note = decision.outcome() == ChangeSendingPolicy.Outcome.HEADER_ONLY ? ": " + decision.reason() : "";
            send(partner, event.orderId(), order, event.revision(), true, note, (envelope, now) ->
                    partner.writer().change(change, event.revision(), partner.settings(), envelope, now));
        });
    }

    /** A partner on a standard with a writer, taking this kind of document. */
    private record Partner(TenantId tenantId, String tenantKey, ChannelSettings settings, EdiOrderWriter writer) {
    }

    private Optional<Partner> partner(TenantId tenantId, org.supplierportal.tenant.B2bDocument choice) {
        ChannelSettings settings = channels.settings(tenantId);
        if (!settings.exchanges(choice)) {
            return Optional.empty();
        }
        Optional<EdiOrderWriter> writer = writers.stream().filter(candidate -> candidate.serves(settings)).findFirst();
        Optional<TenantSummary> tenant = tenants.find(tenantId);
        if (writer.isEmpty() || tenant.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Partner(tenantId, tenant.get().key(), settings, writer.get()));
    }

    /** Writes one document in an envelope of its own; throws IllegalArgumentException when it cannot be written. */
    private interface Writing {
        String write(Envelope envelope, LocalDateTime now);
    }

    /** @param note what the message log adds to the order and revision, e.g. that a change carries the header only */
    private void send(Partner partner, OrderId orderId, OrderDocument order, int revision, boolean change, String note,
                      Writing writing) {
        EdiOrderWriter writer = partner.writer();
        Envelope envelope = writer.nextEnvelope(partner.tenantId());
        String type = writer.documentType(change);
        String fileName = type + "-" + envelope.interchangeControl() + ".edi";
        String partnerId = writer.partnerId(partner.settings());
        try {
            String edi = writing.write(envelope, LocalDateTime.now(clock));
            messageLog.record(new B2bDocument(partner.tenantId(), B2bDocument.OUT, writer.standard(), type, partnerId,
                    envelope.interchangeControl(), envelope.groupControl(), fileName, edi), B2bMessageState.SENT,
                    "PO " + order.number() + " revision " + revision + note, orderId, order.number());
            drop.deliver(partner.tenantKey(), fileName, edi);
        } catch (IllegalArgumentException cannotWrite) {
            messageLog.record(new B2bDocument(partner.tenantId(), B2bDocument.OUT, writer.standard(), type, partnerId,
                    envelope.interchangeControl(), envelope.groupControl(), fileName, ""), B2bMessageState.REFUSED,
                    "Not sent: " + cannotWrite.getMessage(), orderId, order.number());
        }
    }
}
