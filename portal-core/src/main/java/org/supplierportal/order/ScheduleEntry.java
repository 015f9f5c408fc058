package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quantity on a date: a scheduled delivery of the buyer, or one delivery of a commitment. */
@Embeddable
class ScheduleEntry {

    // Repeated here (not only on the line) so that row-level security can check every row on its own.
    @Column(name = "tenant_id")
    private UUID tenantId;
    private BigDecimal quantity;
    private LocalDate date;

    protected ScheduleEntry() {
    }

    ScheduleEntry(UUID tenantId, BigDecimal quantity, LocalDate date) {
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
