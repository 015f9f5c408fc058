package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.supplierportal.tenancy.PersistableEntity;

/** One goods receipt against one order line. */
@Entity
@Table(name = "receipt")
class Receipt extends PersistableEntity {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String sourceSystem;
    private String erpReceiptId;
    private UUID orderId;
    private int lineNumber;
    private BigDecimal quantity;
    private String unit;
    private LocalDate receivedOn;
    private String shipmentReference;
    private Instant receivedAt;

    protected Receipt() {
    }

    Receipt(UUID tenantId, ReceiptDocument document, UUID orderId, int lineNumber, String unit, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.sourceSystem = document.sourceSystem();
        this.erpReceiptId = document.erpReceiptId();
        this.orderId = orderId;
        this.lineNumber = lineNumber;
        this.quantity = document.quantity();
        this.unit = unit;
        this.receivedOn = document.receivedOn();
        this.shipmentReference = document.shipmentReference();
        this.receivedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
