package org.supplierportal.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/** An exception as the inbox shows it. */
public record ExceptionView(UUID id, TenantId tenantId, ExceptionType type, ExceptionStatus status,
                            String supplierName, OrderId orderId, String orderNumber, int orderRevision,
                            Integer lineNumber, String partNumber, String orderedSummary, String proposedSummary,
                            String rule, Instant raisedAt, Instant dueAt, Instant decidedAt, String decidedBy,
                            String decisionNote, long version) {

    /** For queries that select the columns directly. */
    public ExceptionView(UUID id, UUID tenantId, ExceptionType type, ExceptionStatus status, String supplierName,
                         UUID orderId, String orderNumber, int orderRevision, Integer lineNumber, String partNumber,
                         String orderedSummary, String proposedSummary, String rule, Instant raisedAt, Instant dueAt,
                         Instant decidedAt, String decidedBy, String decisionNote, long version) {
        this(id, new TenantId(tenantId), type, status, supplierName, new OrderId(orderId), orderNumber, orderRevision,
                lineNumber, partNumber, orderedSummary, proposedSummary, rule, raisedAt, dueAt, decidedAt, decidedBy,
                decisionNote, version);
    }

    public Duration age(Instant now) {
        return Duration.between(raisedAt, now);
    }

    public boolean isPastDue(Instant now) {
        return status == ExceptionStatus.OPEN && now.isAfter(dueAt);
    }
}
