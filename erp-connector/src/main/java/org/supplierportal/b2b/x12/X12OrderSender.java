package org.supplierportal.b2b.x12;

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
 * A new order for a supplier on X12 goes out as an 850, from the same event the screens' order list reacts to: with
 * the partner's next control numbers, logged, and dropped in its out folder. An order that cannot be written (a unit
 * without an X12 code) is logged as refused, in words an admin can act on. A revision goes out the same way as an 860,
 * to partners that take order changes.
 */
@Component
@RunsAsSystem("X12 purchase orders and changes")
class X12OrderSender {

    private final TenantChannels channels;
    private final TenantService tenants;
    private final OrderQueries orders;
    private final ControlNumbers controlNumbers;
    private final MessageLog messageLog;
    private final OutboundDrop drop;
    private final X12Answers answers;
    private final B2bProperties properties;
    private final Clock clock;

    X12OrderSender(TenantChannels channels, TenantService tenants, OrderQueries orders, ControlNumbers controlNumbers,
                   MessageLog messageLog, OutboundDrop drop, X12Answers answers, B2bProperties properties, Clock clock) {
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
                "850", Po850Mapping::write);
    }

    /** A revision goes out as an 860 carrying what changed since the revision before it. */
    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised event) {
        send(event.tenantId(), event.orderId(), event.revision(), org.supplierportal.tenant.B2bDocument.ORDER_CHANGES,
                "860", (order, parties, version, isa, gs, test, now) -> PoChange860Mapping.write(
                        OrderChange.between(orders.document(event.orderId(), event.revision() - 1), order),
                        event.revision(), parties, version, isa, gs, test, now));
    }

    /**
     * Writes one transaction set for an order's revision in the partner's X12 version; throws IllegalArgumentException
     * when it cannot be written.
     */
    private interface Mapping {
        String write(OrderDocument order, X12Parties parties, String version, long isa, long gs, boolean test, LocalDateTime now);
    }

    private void send(TenantId tenantId, OrderId orderId, int revision, org.supplierportal.tenant.B2bDocument choice,
                      String type, Mapping mapping) {
        ChannelSettings settings = channels.settings(tenantId);
        if (!settings.isX12() || !settings.exchanges(choice)) {
            return;
        }
        Optional<TenantSummary> tenant = tenants.find(tenantId);
        if (tenant.isEmpty()) {
            return;
        }
        OrderDocument order = orders.document(orderId, revision);
        long isa = controlNumbers.next(tenantId, ControlNumbers.Kind.INTERCHANGE);
        long gs = controlNumbers.next(tenantId, ControlNumbers.Kind.GROUP);
        String fileName = type + "-" + X12Writer.isaControl(isa) + ".edi";
        B2bDocument document;
        try {
            String edi = mapping.write(order, answers.ourSide(settings), settings.version(), isa, gs,
                    !properties.x12().production(), LocalDateTime.now(clock));
            document = new B2bDocument(tenantId, B2bDocument.OUT, "X12", type, X12Answers.partnerId(settings),
                    X12Writer.isaControl(isa), Long.toString(gs), fileName, edi);
            messageLog.record(document, B2bMessageState.SENT, "PO " + order.number() + " revision " + revision, orderId,
                    order.number());
            drop.deliver(tenant.get().key(), fileName, edi);
        } catch (IllegalArgumentException cannotWrite) {
            document = new B2bDocument(tenantId, B2bDocument.OUT, "X12", type, X12Answers.partnerId(settings),
                    X12Writer.isaControl(isa), Long.toString(gs), fileName, "");
            messageLog.record(document, B2bMessageState.REFUSED, "Not sent: " + cannotWrite.getMessage(), orderId,
                    order.number());
        }
    }
}
