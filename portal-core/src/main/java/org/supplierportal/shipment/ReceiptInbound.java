package org.supplierportal.shipment;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineUpdates;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;

/** Takes goods receipts from the ERP, once each: the same receipt again changes nothing. */
@Service
public class ReceiptInbound {

    private final ReceiptRepository receipts;
    private final OrderQueries orders;
    private final OrderLineUpdates lineUpdates;
    private final Clock clock;

    ReceiptInbound(ReceiptRepository receipts, OrderQueries orders, OrderLineUpdates lineUpdates, Clock clock) {
        this.receipts = receipts;
        this.orders = orders;
        this.lineUpdates = lineUpdates;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReceiptResult receive(ReceiptDocument document) {
        if (receipts.existsBySourceSystemAndErpReceiptId(document.sourceSystem(), document.erpReceiptId())) {
            return new ReceiptResult(ReceiptResult.Kind.UNCHANGED, "already recorded");
        }
        Optional<OrderForAnswer> order = orders.findByErpId(document.sourceSystem(), document.erpOrderId());
        Optional<OrderLineView> line = order.flatMap(found -> found.lines().stream()
                .filter(candidate -> document.erpLineId().equals(candidate.erpLineId())).findFirst());
        if (line.isEmpty()) {
            return new ReceiptResult(ReceiptResult.Kind.UNKNOWN_ORDER, "receipt " + document.erpReceiptId()
                    + " is for order " + document.erpOrderId() + " line " + document.erpLineId() + ", which the portal does not have");
        }
        receipts.save(new Receipt(order.get().tenantId().value(), document, order.get().id().value(),
                line.get().lineNumber(), document.unit() == null ? line.get().unit() : document.unit(), clock.instant()));
        lineUpdates.recordReceipt(order.get().id(), line.get().lineNumber(), document.quantity(), document.shipmentReference());
        return new ReceiptResult(ReceiptResult.Kind.RECORDED, "recorded");
    }
}
