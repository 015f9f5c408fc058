package org.supplierportal.b2b.edifact;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.b2b.OutboundDrop;
import org.supplierportal.b2b.log.B2bDocument;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.ControlNumbers;
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
 * A new order for a supplier on EDIFACT goes out as an ORDERS in its directory, from the same event the X12 850 and
 * the screens' order list react to: with the partner's next interchange reference (unique, increasing, kept in
 * PostgreSQL), logged, and dropped in its out folder. An order that cannot be written (a unit without a UN/ECE code)
 * is logged as refused, in words an admin can act on. A revision goes out the same way as an ORDCHG, to partners that
 * take order changes.
 */
@Component
@RunsAsSystem("EDIFACT purchase orders and changes")
class EdifactOrderSender {

    private final TenantChannels channels;
    private final TenantService tenants;
    private final OrderQueries orders;
    private final ControlNumbers controlNumbers;
    private final MessageLog messageLog;
    private final OutboundDrop drop;
    private final EdifactAnswers answers;
    private final B2bProperties properties;
    private final Clock clock;

    EdifactOrderSender(TenantChannels channels, TenantService tenants, OrderQueries orders, ControlNumbers controlNumbers,
                       MessageLog messageLog, OutboundDrop drop, EdifactAnswers answers, B2bProperties properties, Clock clock) {
        this.channels = channels;
        this.tenants = tenants;
        this.orders = orders;
        this.controlNumbers = controlNumbers;
        this.messageLog = messageLog;
        this.drop = drop;
        this.answers = answers;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderReceived event) {
        send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.PURCHASE_ORDERS,
                "ORDERS", OrdersMapping::write);
    }

    /** A revision goes out as an ORDCHG carrying what changed since the revision before it. */
    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.ORDER_CHANGES,
                "ORDCHG", (order, parties, reference, directory, test, now) -> OrdchgMapping.write(
                        OrderChange.between(orders.document(event.orderId(), event.revision() - 1), order),
                        event.revision(), parties, reference, directory, test, now));
    }

    /** Writes one message for an order's revision; throws IllegalArgumentException when it cannot be written. */
    private interface Mapping {
        String write(OrderDocument order, EdifactParties parties, String reference, String directory, boolean test,
                     LocalDateTime now);
    }

    private void send(TenantId tenantId, OrderId orderId, int revision, org.supplierportal.tenant.B2bDocument choice,
                      String type, Mapping mapping) {
        ChannelSettings settings = channels.settings(tenantId);
        if (!settings.isEdifact() || !settings.exchanges(choice)) {
            return;
        }
        Optional<TenantSummary> tenant = tenants.find(tenantId);
        if (tenant.isEmpty()) {
            return;
        }
        OrderDocument order = orders.document(orderId, revision);
        String reference = Long.toString(controlNumbers.next(tenantId, ControlNumbers.Kind.INTERCHANGE));
        String fileName = type + "-" + reference + ".edi";
        String partnerId = EdifactAnswers.partnerId(settings);
        try {
            String edi = mapping.write(order, answers.ourSide(settings), reference, settings.version(),
                    !properties.edifact().production(), LocalDateTime.now(clock));
            // The interchange reference is kept as the group control too: a CONTRL answers it (EDIFACT has no groups here).
            messageLog.record(new B2bDocument(tenantId, B2bDocument.OUT, EdifactInbound.STANDARD, type, partnerId,
                    reference, reference, fileName, edi), B2bMessageState.SENT, "PO " + order.number() + " revision "
                    + revision, orderId, order.number());
            drop.deliver(tenant.get().key(), fileName, edi);
        } catch (IllegalArgumentException cannotWrite) {
            messageLog.record(new B2bDocument(tenantId, B2bDocument.OUT, EdifactInbound.STANDARD, type, partnerId,
                    reference, reference, fileName, ""), B2bMessageState.REFUSED, "Not sent: " + cannotWrite.getMessage(),
                    orderId, order.number());
        }
    }
}
