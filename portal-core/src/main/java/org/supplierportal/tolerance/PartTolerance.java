package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A supplier's limits for one part number, over its general ones. */
@Entity
@Table(name = "part_tolerance")
class PartTolerance {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String partNumber;
    @Column(name = "qty_under_pct")
    private BigDecimal quantityUnderPercent;
    @Column(name = "qty_over_pct")
    private BigDecimal quantityOverPercent;
    private Integer dateEarlyDays;
    private Integer dateLateDays;
    @Column(name = "price_under_pct")
    private BigDecimal priceUnderPercent;
    @Column(name = "price_over_pct")
    private BigDecimal priceOverPercent;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected PartTolerance() {
    }

    PartTolerance(UUID tenantId, String partNumber, LimitOverrides limits, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.partNumber = partNumber;
        change(limits, now);
    }

    void change(LimitOverrides limits, Instant now) {
        quantityUnderPercent = limits.quantityUnderPercent();
        quantityOverPercent = limits.quantityOverPercent();
        dateEarlyDays = limits.dateEarlyDays();
        dateLateDays = limits.dateLateDays();
        priceUnderPercent = limits.priceUnderPercent();
        priceOverPercent = limits.priceOverPercent();
        updatedAt = now;
    }

    String partNumber() {
        return partNumber;
    }

    LimitOverrides limits() {
        return new LimitOverrides(quantityUnderPercent, quantityOverPercent, dateEarlyDays, dateLateDays,
                priceUnderPercent, priceOverPercent);
    }

    PartToleranceView view() {
        return new PartToleranceView(id, new org.supplierportal.tenancy.TenantId(tenantId), partNumber, limits());
    }
}
