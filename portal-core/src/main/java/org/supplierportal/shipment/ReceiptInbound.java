package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineUpdates;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tolerance.ToleranceLimits;
import org.supplierportal.tolerance.ToleranceService;

/** Takes goods receipts from the ERP, once each: the same receipt again changes nothing. */
@Service
public class ReceiptInbound {

    private final ReceiptRepository receipts;
    private final OrderQueries orders;
    private final OrderLineUpdates lineUpdates;
    private final AsnRepository asns;
    private final ToleranceService tolerances;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceiptInbound(ReceiptRepository receipts, OrderQueries orders, OrderLineUpdates lineUpdates, AsnRepository asns,
                   ToleranceService tolerances, ApplicationEventPublisher events, Clock clock) {
        this.receipts = receipts;
        this.orders = orders;
        this.lineUpdates = lineUpdates;
        this.asns = asns;
        this.tolerances = tolerances;
        this.events = events;
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
        Optional<Asn> asn = namedAsn(document, order.get());
        matchToAsn(document, asn, order.get(), line.get());
        if (document.hasRejection()) {
            events.publishEvent(new ShipmentEvents.ReceiptRejected(order.get().tenantId(), document.sourceSystem(),
                    document.erpReceiptId(), order.get().id(), order.get().number(), line.get().lineNumber(),
                    line.get().partNumber(), asn.map(Asn::number).orElse(null), document.quantity(), document.rejectedQuantity(),
                    document.unit() == null ? line.get().unit() : document.unit(), document.rejectionReason(), document.receivedOn()));
        }
        return new ReceiptResult(ReceiptResult.Kind.RECORDED, "recorded");
    }

    /** The supplier's ASN the ERP names as the receipt's shipment reference, if any. */
    private Optional<Asn> namedAsn(ReceiptDocument document, OrderForAnswer order) {
        return Optional.ofNullable(document.shipmentReference()).flatMap(asns::findByNumber)
                .filter(found -> found.view(null).tenantId().equals(order.tenantId()));
    }

    /**
     * Books the receipt to the ASN the ERP names (its shipment reference): the supplier sees it arrive, and a
     * quantity off the shipped one beyond the tolerance goes to the buyer. A receipt no ASN of the supplier names
     * goes to the buyer as well.
     */
    private void matchToAsn(ReceiptDocument document, Optional<Asn> asn, OrderForAnswer order, OrderLineView line) {
        Optional<AsnLine> booked = asn.flatMap(found -> found.receive(order.id().value(), line.lineNumber(),
                document.quantity(), clock.instant()));
        if (booked.isEmpty()) {
            events.publishEvent(new ShipmentEvents.ReceiptWithoutAsn(order.tenantId(), order.id(), order.number(),
                    line.lineNumber(), line.partNumber(), document.quantity(), line.unit(), document.shipmentReference(),
                    ShipmentInboxTexts.receiptWithoutAsn(document.quantity(), line.unit(), document.shipmentReference())));
            return;
        }
        AsnLine asnLine = booked.get();
        ToleranceLimits limits = tolerances.limitsFor(order.tenantId(), List.of(line.partNumber())).get(line.partNumber()).limits();
        Optional<BigDecimal> exceededLimit = ReceiptCheck.exceededLimit(asnLine.quantity(), asnLine.receivedQuantity(),
                limits.quantityUnderPercent(), limits.quantityOverPercent());
        if (exceededLimit.isEmpty()) {
            events.publishEvent(new ShipmentEvents.ReceiptMatched(order.tenantId(), asn.get().number(), order.id(),
                    order.number(), line.lineNumber(), line.partNumber(), asnLine.quantity(), asnLine.receivedQuantity(),
                    line.unit()));
        } else {
            BigDecimal limit = exceededLimit.get();
            events.publishEvent(new ShipmentEvents.ReceiptDiffersFromAsn(order.tenantId(), asn.get().number(), order.id(),
                    order.number(), line.lineNumber(), line.partNumber(), asnLine.quantity(), asnLine.receivedQuantity(),
                    line.unit(), limit, ShipmentInboxTexts.shippedOnAsn(asn.get().number(), asnLine.quantity(), line.unit()),
                    ReceiptCheck.english(asnLine.quantity(), asnLine.receivedQuantity(), limit, line.unit())));
        }
    }
}
