package org.supplierportal.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** One thing in the buyer inbox, with what was ordered, what the supplier answered and the rule that fired. */
@Entity
@Table(name = "buyer_exception")
class BuyerException {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private ExceptionType type;
    @Enumerated(EnumType.STRING)
    private ExceptionStatus status;
    private String supplierName;
    private UUID orderId;
    private String orderNumber;
    private Integer orderRevision;
    private UUID orderLineId;
    private Integer lineNumber;
    private String partNumber;
    private UUID acknowledgmentLineId;
    private String orderedSummary;
    private String proposedSummary;
    private String rule;
    private Instant raisedAt;
    private Instant dueAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;
    private String subject;
    private String subjectLink;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected BuyerException() {
    }

    BuyerException(UUID tenantId, ExceptionType type, String supplierName, UUID orderId, String orderNumber,
                   Integer orderRevision, UUID orderLineId, Integer lineNumber, String partNumber,
                   UUID acknowledgmentLineId, String orderedSummary, String proposedSummary, String rule,
                   Instant raisedAt, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.type = type;
        this.status = ExceptionStatus.OPEN;
        this.supplierName = supplierName;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderRevision = orderRevision;
        this.orderLineId = orderLineId;
        this.lineNumber = lineNumber;
        this.partNumber = partNumber;
        this.acknowledgmentLineId = acknowledgmentLineId;
        this.orderedSummary = orderedSummary;
        this.proposedSummary = proposedSummary;
        this.rule = rule;
        this.raisedAt = raisedAt;
        this.dueAt = dueAt;
    }

    /** An exception about something other than an order line: a quality step, an invoice; linked to open it. */
    static BuyerException about(UUID tenantId, ExceptionType type, String supplierName, String subject,
                                String subjectLink, UUID orderId, String orderNumber, Integer orderRevision,
                                String partNumber, String summary, String rule, Instant raisedAt, Instant dueAt) {
        BuyerException exception = new BuyerException(tenantId, type, supplierName, orderId, orderNumber, orderRevision,
                null, null, partNumber, null, summary, null, rule, raisedAt, dueAt);
        exception.subject = subject;
        exception.subjectLink = subjectLink;
        return exception;
    }

    String subjectLink() {
        return subjectLink;
    }

    void decide(ExceptionStatus outcome, String by, String note, Instant now) {
        if (status != ExceptionStatus.OPEN) {
            throw new ExceptionAlreadyDecidedException(orderNumber, lineNumber, status, decidedBy);
        }
        status = outcome;
        decidedBy = by;
        decisionNote = note;
        decidedAt = now;
    }

    /** Closes the exception without a buyer (the supplier acknowledged, the ERP changed the line). */
    void resolve(String note, Instant now) {
        if (status == ExceptionStatus.OPEN) {
            status = ExceptionStatus.RESOLVED;
            decidedBy = "System";
            decisionNote = note;
            decidedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID orderId() {
        return orderId;
    }

    ExceptionType type() {
        return type;
    }

    ExceptionStatus status() {
        return status;
    }

    UUID acknowledgmentLineId() {
        return acknowledgmentLineId;
    }

    String orderNumber() {
        return orderNumber;
    }

    Integer lineNumber() {
        return lineNumber;
    }

    ExceptionView view() {
        return new ExceptionView(id, new org.supplierportal.tenancy.TenantId(tenantId), type, status, supplierName,
                orderId == null ? null : new org.supplierportal.order.OrderId(orderId), orderNumber, orderRevision,
                lineNumber, partNumber, orderedSummary, proposedSummary, rule, raisedAt, dueAt, decidedAt, decidedBy,
                decisionNote, subject, subjectLink, version);
    }
}
