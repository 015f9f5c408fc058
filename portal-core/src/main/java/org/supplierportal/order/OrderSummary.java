package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.supplierportal.tenancy.TenantId;

/** An order as the order list shows it. */
public record OrderSummary(OrderId id, TenantId tenantId, String number, int revision, String sourceSystem,
                           String erpId, String buyerName, String currency, LocalDate orderDate, OrderStatus status,
                           int lineCount, BigDecimal totalAmount, LocalDate firstRequestedDate,
                           Instant revisionReceivedAt, Instant ackDueAt, Integer acknowledgedRevision) {

    /** For queries that select the columns directly. */
    public OrderSummary(java.util.UUID id, java.util.UUID tenantId, String number, int revision, String sourceSystem,
                        String erpId, String buyerName, String currency, LocalDate orderDate, OrderStatus status,
                        int lineCount, BigDecimal totalAmount, LocalDate firstRequestedDate, Instant revisionReceivedAt,
                        Instant ackDueAt, Integer acknowledgedRevision) {
        this(new OrderId(id), new TenantId(tenantId), number, revision, sourceSystem, erpId, buyerName, currency,
                orderDate, status, lineCount, totalAmount, firstRequestedDate, revisionReceivedAt, ackDueAt,
                acknowledgedRevision);
    }

    /** Whether the supplier's acknowledgment is late at the given moment. */
    public boolean isOverdue(Instant now) {
        return status.awaitsSupplier() && status != OrderStatus.ACTION_REQUIRED && ackDueAt != null && now.isAfter(ackDueAt);
    }
}
