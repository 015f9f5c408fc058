package org.supplierportal.order;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;

/**
 * Changes to the answer state of order lines, for the acknowledgment and exception modules (which carry the
 * authorization). Every method runs in the caller's transaction, after {@link #lockForAnswer}, so concurrent
 * answers to one order are serialised by the database and a double submission cannot slip through.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OrderLineUpdates {

    private final PurchaseOrderRepository orders;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderLineUpdates(PurchaseOrderRepository orders, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Locks the order row until the transaction ends and returns its current state. */
    public OrderForAnswer lockForAnswer(OrderId id) {
        PurchaseOrder order = orders.findForUpdate(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
        orders.fetchLinesWithCommitments(id.value());
        return snapshot(order);
    }

    /** Agrees a line: the commitment is set and the ERP is told (event). */
    public void commit(OrderId id, int lineNumber, Commitment commitment, CommitmentSource source) {
        PurchaseOrder order = load(id);
        PurchaseOrderLine line = order.requireLine(lineNumber);
        OrderLineView before = line.view();
        Instant now = clock.instant();
        line.commit(commitment, source, now);
        order.refresh();
        OrderLineView after = line.view();
        auditLog.record(order.tenantId(), AuditAction.LINE_COMMITTED, "PurchaseOrder", id.toString(),
                OrderHistory.committed(order.number(), lineNumber, commitment, source, after.unit(), after.priceUnit(),
                        order.summary().currency()),
                before, after);
        events.publishEvent(new OrderEvents.CommitmentMade(id, order.tenantId(), order.summary().sourceSystem(),
                order.summary().erpId(), order.number(), order.revision(), lineNumber, after.erpLineId(), after.unit(),
                order.summary().currency(), commitment.unitPrice(), after.priceUnit(), commitment.deliveries(), source, now));
    }

    /** The supplier's answer to the line needs a buyer. */
    public void sendToBuyer(OrderId id, int lineNumber, LineNote note) {
        change(id, lineNumber, AuditAction.LINE_TO_BUYER, note, line -> line.sendToBuyer(note));
    }

    /** The buyer proposes other values; the supplier accepts or rejects them. */
    public void counter(OrderId id, int lineNumber, CounterProposal counter, LineNote note) {
        change(id, lineNumber, AuditAction.LINE_COUNTERED, note,
                line -> line.counter(counter.quantity(), counter.date(), counter.unitPrice(), note));
    }

    /** The buyer rejects the supplier's answer; the supplier answers again. */
    public void returnToSupplier(OrderId id, int lineNumber, LineNote note) {
        change(id, lineNumber, AuditAction.LINE_RETURNED, note, line -> line.returnToSupplier(note));
    }

    /** The buyer agrees that the line will not be delivered. */
    public void agreeRejection(OrderId id, int lineNumber, LineNote note) {
        change(id, lineNumber, AuditAction.LINE_REJECTION_AGREED, note, line -> line.agreeRejection(note));
    }

    /** The ERP received goods against a line. */
    public void recordReceipt(OrderId id, int lineNumber, java.math.BigDecimal quantity, String reference) {
        PurchaseOrder order = load(id);
        PurchaseOrderLine line = order.requireLine(lineNumber);
        line.received(quantity);
        auditLog.record(order.tenantId(), AuditAction.GOODS_RECEIVED, "PurchaseOrder", id.toString(),
                OrderHistory.goodsReceived(order.number(), lineNumber, quantity, line.view().unit(), reference), null, null);
    }

    /** The supplier answered the order's current revision (some lines or all). */
    public void markAnswered(OrderId id) {
        PurchaseOrder order = load(id);
        order.answered(clock.instant());
        events.publishEvent(new OrderEvents.OrderAnswered(id, order.tenantId(), order.revision()));
    }

    private void change(OrderId id, int lineNumber, AuditAction action, LineNote note,
                        java.util.function.Consumer<PurchaseOrderLine> change) {
        PurchaseOrder order = load(id);
        PurchaseOrderLine line = order.requireLine(lineNumber);
        OrderLineView before = line.view();
        change.accept(line);
        order.refresh();
        auditLog.record(order.tenantId(), action, "PurchaseOrder", id.toString(),
                OrderHistory.lineChanged(order.number(), lineNumber, note), before, line.view());
    }

    private PurchaseOrder load(OrderId id) {
        return orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
    }

    static OrderForAnswer snapshot(PurchaseOrder order) {
        OrderSummary summary = order.summary();
        return new OrderForAnswer(order.id(), order.tenantId(), order.number(), order.revision(), summary.currency(),
                order.status(), order.lines().stream().map(PurchaseOrderLine::view).toList());
    }
}
