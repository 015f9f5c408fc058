package org.supplierportal.acknowledgment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One delivery of a proposal: a quantity on a date. */
@Embeddable
class ProposedDelivery {

    @Column(name = "tenant_id")
    private UUID tenantId;
    private BigDecimal quantity;
    private LocalDate date;

    protected ProposedDelivery() {
    }

    ProposedDelivery(UUID tenantId, BigDecimal quantity, LocalDate date) {
        this.tenantId = tenantId;
        this.quantity = quantity;
        this.date = date;
    }

    BigDecimal quantity() {
        return quantity;
    }

    LocalDate date() {
        return date;
    }
}
