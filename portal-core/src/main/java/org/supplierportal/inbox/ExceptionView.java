package org.supplierportal.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;

/**
 * An exception as the inbox shows it.
 *
 * @param orderId     the order it is about, or null for one about something else (a quality step, an invoice)
 * @param subject     for those, what it is about (a quality incident's step, an invoice), else null
 * @param subjectLink and the portal route that opens it ({@code quality/<id>})
 */
public record ExceptionView(UUID id, TenantId tenantId, ExceptionType type, ExceptionStatus status,
                            String supplierName, OrderId orderId, String orderNumber, Integer orderRevision,
                            Integer lineNumber, String partNumber, String orderedSummary, String proposedSummary,
                            String rule, Instant raisedAt, Instant dueAt, Instant decidedAt, String decidedBy,
                            String decisionNote, ExceptionSubject subject, String subjectLink, long version) {

    /** For queries that select the columns directly. */
    public ExceptionView(UUID id, UUID tenantId, ExceptionType type, ExceptionStatus status, String supplierName,
                         UUID orderId, String orderNumber, Integer orderRevision, Integer lineNumber, String partNumber,
                         String orderedSummary, String proposedSummary, String rule, Instant raisedAt, Instant dueAt,
                         Instant decidedAt, String decidedBy, String decisionNote, SubjectKind subjectKind,
                         List<String> subjectValues, String subjectLink, long version) {
        this(id, new TenantId(tenantId), type, status, supplierName, orderId == null ? null : new OrderId(orderId),
                orderNumber, orderRevision, lineNumber, partNumber, orderedSummary, proposedSummary, rule, raisedAt,
                dueAt, decidedAt, decidedBy, decisionNote,
                subjectKind == null ? null : new ExceptionSubject(subjectKind, subjectValues), subjectLink, version);
    }

    public Duration age(Instant now) {
        return Duration.between(raisedAt, now);
    }

    public boolean isPastDue(Instant now) {
        return status == ExceptionStatus.OPEN && now.isAfter(dueAt);
    }
}
