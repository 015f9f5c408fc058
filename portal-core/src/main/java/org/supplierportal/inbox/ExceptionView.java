package org.supplierportal.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * An exception as the inbox shows it.
 *
 * @param orderId     the order it is about, or null for one about something else (a quality step, an invoice)
 * @param orderedSummary  what was ordered (or what the exception is about), worded per reader
 *                        ({@link Explanation#english()} for the API); text kept before it had a key, as stored
 * @param proposedSummary what the supplier answered, the same way; null when none
 * @param reason      why it is in the inbox, worded per reader ({@link #rule()} in English)
 * @param decisionNote the buyer's note, or for one that resolved itself its {@code resolution} in English (the API's)
 * @param resolution  how it resolved itself without a buyer, worded per reader, else null
 * @param subject     for those, what it is about (a quality incident's step, an invoice), else null
 * @param subjectLink and the portal route that opens it ({@code quality/<id>})
 */
public record ExceptionView(UUID id, TenantId tenantId, ExceptionType type, ExceptionStatus status,
                            String supplierName, OrderId orderId, String orderNumber, Integer orderRevision,
                            Integer lineNumber, String partNumber, Explanation orderedSummary,
                            Explanation proposedSummary, ExceptionReason reason, Instant raisedAt, Instant dueAt,
                            Instant decidedAt, String decidedBy, String decisionNote, ExceptionReason resolution,
                            ExceptionSubject subject, String subjectLink, long version) {

    public ExceptionView {
        if (resolution != null) {
            decisionNote = resolution.english();
        }
    }

    /** For queries that select the columns directly. */
    public ExceptionView(UUID id, UUID tenantId, ExceptionType type, ExceptionStatus status, String supplierName,
                         UUID orderId, String orderNumber, Integer orderRevision, Integer lineNumber, String partNumber,
                         String orderedSummary, String proposedSummary, ReasonKind reasonKind, List<String> reasonValues,
                         Instant raisedAt, Instant dueAt, Instant decidedAt, String decidedBy, String decisionNote,
                         ReasonKind resolutionKind, List<String> resolutionValues, SubjectKind subjectKind,
                         List<String> subjectValues, String subjectLink, long version) {
        this(id, new TenantId(tenantId), type, status, supplierName, orderId == null ? null : new OrderId(orderId),
                orderNumber, orderRevision, lineNumber, partNumber, ExplanationText.readOrAsStored(orderedSummary),
                ExplanationText.readOrAsStored(proposedSummary), new ExceptionReason(reasonKind, reasonValues), raisedAt,
                dueAt, decidedAt, decidedBy, decisionNote,
                resolutionKind == null ? null : new ExceptionReason(resolutionKind, resolutionValues),
                subjectKind == null ? null : new ExceptionSubject(subjectKind, subjectValues), subjectLink, version);
    }

    /** Why it is in the inbox, in English (the API's and the audit log's words). */
    public String rule() {
        return reason.english();
    }

    public Duration age(Instant now) {
        return Duration.between(raisedAt, now);
    }

    public boolean isPastDue(Instant now) {
        return status == ExceptionStatus.OPEN && now.isAfter(dueAt);
    }
}
