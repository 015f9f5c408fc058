package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.PersistableEntity;

/** One line of an ASN: a quantity of one order line, with its lot and serial numbers, and what arrived of it. */
@Entity
@Table(name = "asn_line")
class AsnLine extends PersistableEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asn_id")
    private Asn asn;
    @TenantId
    private UUID tenantId;
    private int lineNo;
    private UUID orderId;
    private String orderNumber;
    private int orderLineNumber;
    private String sourceSystem;
    private String erpOrderId;
    private String erpLineId;
    private String partNumber;
    private String description;
    private BigDecimal quantity;
    private String unit;
    private String lot;
    private String serials;
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    protected AsnLine() {
    }

    AsnLine(Asn asn, UUID tenantId, int lineNo, ShippableLine orderLine, AsnDraft.Line line) {
        this.id = UUID.randomUUID();
        this.asn = asn;
        this.tenantId = tenantId;
        this.lineNo = lineNo;
        this.orderId = orderLine.orderId().value();
        this.orderNumber = orderLine.orderNumber();
        this.orderLineNumber = orderLine.lineNumber();
        this.sourceSystem = orderLine.sourceSystem();
        this.erpOrderId = orderLine.erpOrderId();
        this.erpLineId = orderLine.erpLineId();
        this.partNumber = orderLine.partNumber();
        this.description = orderLine.description();
        this.quantity = line.quantity();
        this.unit = orderLine.unit();
        this.lot = line.lot();
        this.serials = line.serials().isEmpty() ? null : String.join("\n", line.serials());
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    int orderLineNumber() {
        return orderLineNumber;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal receivedQuantity() {
        return receivedQuantity;
    }

    void addReceived(BigDecimal received) {
        receivedQuantity = receivedQuantity.add(received);
    }

    AsnLineView view() {
        return new AsnLineView(lineNo, new org.supplierportal.order.OrderId(orderId), orderNumber, orderLineNumber,
                sourceSystem, erpOrderId, erpLineId, partNumber, description, quantity, unit, lot,
                serials == null ? List.of() : List.of(serials.split("\n")), receivedQuantity);
    }
}
