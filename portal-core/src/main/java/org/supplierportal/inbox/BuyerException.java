package org.supplierportal.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tolerance.ExplanationText;

/**
 * One thing in the buyer inbox, with what was ordered, what the supplier answered and the rule that fired. Made by
 * one factory per kind, from the event that raises it: the event's summary is kept as given (a key of the rules
 * bundle with its values as {@link ExplanationText} keeps it, or a person's words such as a quality incident's
 * title); why it is in the inbox (and how it closed itself) as an {@link ExceptionReason} and what it is about, when not an order line, as an
 * {@link ExceptionSubject}, each read in every reader's own language.
 */
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
    @Enumerated(EnumType.STRING)
    private ReasonKind reasonKind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> reasonValues;
    private Instant raisedAt;
    private Instant dueAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionNote;
    @Enumerated(EnumType.STRING)
    private ReasonKind resolutionKind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> resolutionValues;
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> subjectValues;
    private String subjectLink;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected BuyerException() {
    }

    private BuyerException(Opening opening, ExceptionType type, OrderId orderId, String orderNumber, Integer orderRevision,
                           Integer lineNumber, String partNumber, String orderedSummary, ExceptionReason reason) {
        this.id = UUID.randomUUID();
        this.tenantId = opening.tenantId();
        this.type = type;
        this.status = ExceptionStatus.OPEN;
        this.supplierName = opening.supplierName();
        this.orderId = orderId == null ? null : orderId.value();
        this.orderNumber = orderNumber;
        this.orderRevision = orderRevision;
        this.lineNumber = lineNumber;
        this.partNumber = partNumber;
        this.orderedSummary = orderedSummary;
        this.reasonKind = reason.kind();
        this.reasonValues = reason.values();
        this.raisedAt = opening.raisedAt();
        this.dueAt = opening.dueAt();
    }

    /** A supplier's answer on a line that a buyer must approve, reject or counter. */
    static BuyerException onAnswer(Opening opening, ExceptionType type, AcknowledgmentEvents.LineNeedsBuyerDecision answer) {
        BuyerException exception = new BuyerException(opening, type, answer.orderId(), answer.orderNumber(),
                answer.revision(), answer.lineNumber(), answer.partNumber(), answer.orderedSummary(),
                !answer.ruleReasons().isEmpty() ? ExceptionReason.tolerance(answer.ruleReasons())
                        : type == ExceptionType.COUNTER_REJECTED ? ExceptionReason.counterRejected() : ExceptionReason.text(answer.rule()));
        exception.orderLineId = answer.orderLineId();
        exception.acknowledgmentLineId = answer.acknowledgmentLineId();
        exception.proposedSummary = answer.proposedSummary();
        return exception;
    }

    static BuyerException acknowledgmentOverdue(Opening opening, OrderEvents.AcknowledgmentOverdue overdue) {
        return new BuyerException(opening, ExceptionType.ACKNOWLEDGMENT_OVERDUE, overdue.orderId(), overdue.number(),
                overdue.revision(), null, null, null, ExceptionReason.acknowledgmentOverdue(overdue.revision(), overdue.dueAt()));
    }

    static BuyerException receiptDiffersFromAsn(Opening opening, ShipmentEvents.ReceiptDiffersFromAsn receipt, int revision) {
        return new BuyerException(opening, ExceptionType.RECEIPT_DIFFERS_FROM_ASN, receipt.orderId(), receipt.orderNumber(),
                revision, receipt.lineNumber(), receipt.partNumber(), receipt.summary(),
                receipt.limitPercent() == null ? ExceptionReason.text(receipt.rule()) // published before the limit was carried
                        : ExceptionReason.receiptDiffersFromAsn(receipt.received(), receipt.shipped(), receipt.unit(),
                                receipt.limitPercent()));
    }

    static BuyerException receiptWithoutAsn(Opening opening, ShipmentEvents.ReceiptWithoutAsn receipt, int revision) {
        return new BuyerException(opening, ExceptionType.RECEIPT_WITHOUT_ASN, receipt.orderId(), receipt.orderNumber(),
                revision, receipt.lineNumber(), receipt.partNumber(), null,
                ExceptionReason.receiptWithoutAsn(receipt.received(), receipt.unit(), receipt.reference()));
    }

    /** Shown against the first order the ASN ships for; all of them are named. */
    static BuyerException asnNotReceived(Opening opening, ShipmentEvents.AsnNotReceived asn, int revision) {
        return new BuyerException(opening, ExceptionType.ASN_NOT_RECEIVED, asn.firstOrderId(), asn.orderNumbers(),
                revision, null, null, asn.summary(),
                ExceptionReason.asnNotReceived(asn.asnNumber(), asn.orderNumbers(), asn.expectedArrival(), asn.daysLate()));
    }

    static BuyerException shipmentOverdue(Opening opening, ShipmentEvents.ShipmentOverdue line, int revision) {
        return new BuyerException(opening, ExceptionType.SHIPMENT_OVERDUE, line.orderId(), line.orderNumber(), revision,
                line.lineNumber(), line.partNumber(), line.summary(), ExceptionReason.shipmentOverdue(line.dueDate()));
    }

    /** About a quality step, opened by its link; with the incident's order when it has one. */
    static BuyerException qualityStepOverdue(Opening opening, QualityEvents.StepOverdue step, Integer revision, String link) {
        return about(new BuyerException(opening, ExceptionType.QUALITY_STEP_OVERDUE, step.orderId(), step.orderNumber(),
                revision, null, step.partNumber(), step.title(),
                ExceptionReason.qualityStepOverdue(step.incidentNumber(), step.kind(), step.dueAt())),
                ExceptionSubject.qualityStep(step.incidentNumber(), step.kind()), link);
    }

    /** About an invoice, opened by its link; with the invoice's order when it has one. */
    static BuyerException invoiceBlocked(Opening opening, InvoiceEvents.InvoiceBlocked invoice, Integer revision, String link) {
        return about(new BuyerException(opening, ExceptionType.INVOICE_BLOCKED, invoice.orderId(), invoice.orderNumber(),
                revision, null, null, invoice.summary(), ExceptionReason.invoiceBlocked(invoice.reason())),
                ExceptionSubject.invoice(invoice.invoiceNumber()), link);
    }

    private static BuyerException about(BuyerException exception, ExceptionSubject subject, String subjectLink) {
        exception.subjectKind = subject.kind();
        exception.subjectValues = subject.values();
        exception.subjectLink = subjectLink;
        return exception;
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
    void resolve(ExceptionReason resolution, Instant now) {
        if (status == ExceptionStatus.OPEN) {
            status = ExceptionStatus.RESOLVED;
            decidedBy = "System";
            resolutionKind = resolution.kind();
            resolutionValues = resolution.values();
            decidedAt = now;
        }
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

    boolean isOpen() {
        return status == ExceptionStatus.OPEN;
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

    /** What it is about when not an order line, else null. */
    ExceptionSubject subject() {
        return subjectKind == null ? null : new ExceptionSubject(subjectKind, subjectValues);
    }

    /** Why it is in the inbox, in English (the audit log's words). */
    String rule() {
        return reason().english();
    }

    ExceptionReason reason() {
        return new ExceptionReason(reasonKind, reasonValues);
    }

    private ExceptionReason resolution() {
        return resolutionKind == null ? null : new ExceptionReason(resolutionKind, resolutionValues);
    }

    ExceptionView view() {
        return new ExceptionView(id, new org.supplierportal.tenancy.TenantId(tenantId), type, status, supplierName,
                orderId == null ? null : new OrderId(orderId), orderNumber, orderRevision, lineNumber, partNumber,
                ExplanationText.readOrAsStored(orderedSummary), ExplanationText.readOrAsStored(proposedSummary), reason(),
                raisedAt, dueAt, decidedAt, decidedBy, decisionNote, resolution(), subject(), subjectLink, version);
    }
}
