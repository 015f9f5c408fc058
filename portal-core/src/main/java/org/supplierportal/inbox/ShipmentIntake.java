package org.supplierportal.inbox;

import java.util.Objects;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.order.OrderId;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.RunsAsSystem;

/**
 * Shipments in the inbox: receipts that differ from their ASN or come without one, ASNs not received, committed
 * lines nothing was shipped of. Handled like {@link AnswerIntake}'s events: after commit, on their own, as the system.
 */
@Service
@RunsAsSystem("buyer inbox")
class ShipmentIntake {

    private final BuyerExceptionRepository exceptions;
    private final ExceptionRecorder recorder;
    private final EntityManager entityManager;

    ShipmentIntake(BuyerExceptionRepository exceptions, ExceptionRecorder recorder, EntityManager entityManager) {
        this.exceptions = exceptions;
        this.recorder = recorder;
        this.entityManager = entityManager;
    }

    @ApplicationModuleListener
    void on(ShipmentEvents.ReceiptDiffersFromAsn receipt) {
        raiseOnce(ExceptionType.RECEIPT_DIFFERS_FROM_ASN, receipt.orderId(), receipt.lineNumber(), revision ->
                BuyerException.receiptDiffersFromAsn(recorder.opening(receipt.tenantId()), receipt, revision));
    }

    @ApplicationModuleListener
    void on(ShipmentEvents.ReceiptWithoutAsn receipt) {
        raiseOnce(ExceptionType.RECEIPT_WITHOUT_ASN, receipt.orderId(), receipt.lineNumber(), revision ->
                BuyerException.receiptWithoutAsn(recorder.opening(receipt.tenantId()), receipt, revision));
    }

    @ApplicationModuleListener
    void on(ShipmentEvents.AsnNotReceived asn) {
        raiseOnce(ExceptionType.ASN_NOT_RECEIVED, asn.firstOrderId(), null, revision ->
                BuyerException.asnNotReceived(recorder.opening(asn.tenantId()), asn, revision));
    }

    @ApplicationModuleListener
    void on(ShipmentEvents.ShipmentOverdue line) {
        raiseOnce(ExceptionType.SHIPMENT_OVERDUE, line.orderId(), line.lineNumber(), revision ->
                BuyerException.shipmentOverdue(recorder.opening(line.tenantId()), line, revision));
    }

    /**
     * One open exception per order line and kind: a repeat adds nothing. An overdue shipment, which the hourly check
     * finds again and again, is raised once at all: a buyer who closed it is not asked again.
     */
    private void raiseOnce(ExceptionType type, OrderId order, Integer lineNumber, IntFunction<BuyerException> exception) {
        // Events of one order are handled in parallel: take turns per order, so that two never both find none.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, order.value().getMostSignificantBits() ^ order.value().getLeastSignificantBits())
                .getSingleResult();
        boolean raisedBefore = exceptions.findByOrderIdOrderByRaisedAtDesc(order.value()).stream()
                .filter(existing -> existing.type() == type && Objects.equals(existing.lineNumber(), lineNumber))
                .anyMatch(existing -> type == ExceptionType.SHIPMENT_OVERDUE || existing.isOpen());
        if (!raisedBefore) {
            recorder.raise(exception.apply(recorder.revisionOf(order)));
        }
    }
}
