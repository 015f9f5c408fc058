package org.supplierportal.inbox;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.acknowledgment.AcknowledgmentDecisions;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * The buyer exception inbox: lists exceptions across all suppliers (lazily, filtered and sorted in the database),
 * applies buyers' decisions to the order lines, and raises and resolves exceptions as orders and answers move.
 */
@Service
@EnableConfigurationProperties(InboxProperties.class)
public class BuyerInbox {

    private static final String VIEW = "select new org.supplierportal.inbox.ExceptionView(e.id, e.tenantId, e.type,"
            + " e.status, e.supplierName, e.orderId, e.orderNumber, e.orderRevision, e.lineNumber, e.partNumber,"
            + " e.orderedSummary, e.proposedSummary, e.rule, e.raisedAt, e.dueAt, e.decidedAt, e.decidedBy,"
            + " e.decisionNote, e.subject, e.subjectLink, e.version) from BuyerException e";

    private final BuyerExceptionRepository exceptions;
    private final EntityManager entityManager;
    private final AcknowledgmentDecisions decisions;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final InboxProperties properties;
    private final Clock clock;
    private final OrderQueries orders;

    BuyerInbox(BuyerExceptionRepository exceptions, EntityManager entityManager, AcknowledgmentDecisions decisions,
               TenantService tenants, CurrentUsers currentUsers, AuditLog auditLog, InboxProperties properties,
               Clock clock, OrderQueries orders) {
        this.orders = orders;
        this.exceptions = exceptions;
        this.entityManager = entityManager;
        this.decisions = decisions;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ExceptionView> search(InboxFilter filter, InboxSort sort, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<ExceptionView> query = entityManager.createQuery(VIEW + where(filter, parameters)
                + " order by " + sort.jpql(), ExceptionView.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many exceptions match, counted up to {@code cap}. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(InboxFilter filter, int cap) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<UUID> query = entityManager.createQuery("select e.id from BuyerException e" + where(filter, parameters), UUID.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ExceptionView find(UUID id) {
        return exceptions.findById(id).map(BuyerException::view).orElseThrow(() -> new ExceptionNotFoundException(id));
    }

    /** The exceptions of one order, newest first; suppliers see those of their own orders. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExceptionView> ofOrder(OrderId orderId) {
        return exceptions.findByOrderIdOrderByRaisedAtDesc(orderId.value()).stream().map(BuyerException::view).toList();
    }

    /** Approves the supplier's answer: its proposal becomes the commitment (or its rejection is agreed). */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public ExceptionView approve(UUID id, String note) {
        BuyerException exception = openAnswerException(id);
        decisions.approve(exception.acknowledgmentLineId(), blankToNull(note));
        return decided(exception, ExceptionStatus.APPROVED, blankToNull(note), AuditAction.EXCEPTION_APPROVED, "approved");
    }

    /** Rejects the supplier's answer with a reason: the supplier must answer the line again. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public ExceptionView reject(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidDecisionException(Map.of("reason", "Say why you reject the supplier's answer; the supplier sees it."));
        }
        BuyerException exception = openAnswerException(id);
        decisions.reject(exception.acknowledgmentLineId(), reason.strip());
        return decided(exception, ExceptionStatus.REJECTED, reason.strip(), AuditAction.EXCEPTION_REJECTED, "rejected");
    }

    /** Proposes other values to the supplier, who accepts or rejects them. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public ExceptionView counter(UUID id, CounterProposal counter, String note) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (counter.quantity() == null && counter.date() == null && counter.unitPrice() == null) {
            problems.put("quantity", "Give at least a quantity, a date or a price to propose.");
        }
        if (counter.quantity() != null && counter.quantity().signum() <= 0) {
            problems.put("quantity", "Enter a quantity above zero.");
        }
        if (counter.date() != null && counter.date().isBefore(LocalDate.now(clock))) {
            problems.put("date", "The date " + counter.date() + " is in the past.");
        }
        if (counter.unitPrice() != null && counter.unitPrice().signum() <= 0) {
            problems.put("unitPrice", "Enter a price above zero.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(problems);
        }
        BuyerException exception = openAnswerException(id);
        decisions.counter(exception.acknowledgmentLineId(), counter, blankToNull(note));
        return decided(exception, ExceptionStatus.COUNTERED, blankToNull(note), AuditAction.EXCEPTION_COUNTERED, "counter-proposed");
    }

    /** Closes an overdue-acknowledgment exception with a note (for example after calling the supplier). */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public ExceptionView close(UUID id, String note) {
        BuyerException exception = exceptions.findForUpdate(id).orElseThrow(() -> new ExceptionNotFoundException(id));
        if (exception.type().isAnswerDecision()) {
            throw new InvalidDecisionException(Map.of("note", "Answers are approved, rejected or counter-proposed, not closed."));
        }
        return decided(exception, ExceptionStatus.CLOSED, blankToNull(note), AuditAction.EXCEPTION_CLOSED, "closed");
    }

    // Raised and resolved from events, by the system (see InboxListeners).

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raiseForAnswer(AcknowledgmentEvents.LineNeedsBuyerDecision event) {
        if (!exceptions.findByAcknowledgmentLineIdAndStatus(event.acknowledgmentLineId(), ExceptionStatus.OPEN).isEmpty()
                && event.reason() != AcknowledgmentEvents.Reason.COUNTER_REJECTED) {
            return; // delivered twice (a resubmitted event): already raised
        }
        ExceptionType type = switch (event.reason()) {
            case OUTSIDE_TOLERANCE -> ExceptionType.OUTSIDE_TOLERANCE;
            case SUPPLIER_REJECTED_LINE -> ExceptionType.SUPPLIER_REJECTED_LINE;
            case COUNTER_REJECTED -> ExceptionType.COUNTER_REJECTED;
        };
        Instant now = clock.instant();
        BuyerException exception = exceptions.save(new BuyerException(event.tenantId().value(), type,
                supplierName(event.tenantId()), event.orderId().value(), event.orderNumber(), event.revision(),
                event.orderLineId(), event.lineNumber(), event.partNumber(), event.acknowledgmentLineId(),
                event.orderedSummary(), event.proposedSummary(), event.rule(), now, now.plus(properties.decisionTime())));
        auditLog.record(event.tenantId(), AuditAction.EXCEPTION_RAISED, "PurchaseOrder", event.orderId().toString(),
                type.label() + " on PO " + event.orderNumber() + " line " + event.lineNumber() + ": " + event.rule(),
                null, exception.view());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raiseOverdue(OrderEvents.AcknowledgmentOverdue event) {
        if (!exceptions.findByOrderIdAndTypeAndOrderRevision(event.orderId().value(), ExceptionType.ACKNOWLEDGMENT_OVERDUE,
                event.revision()).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String rule = "The acknowledgment of revision " + event.revision() + " was due " + event.dueAt() + ".";
        BuyerException exception = exceptions.save(new BuyerException(event.tenantId().value(),
                ExceptionType.ACKNOWLEDGMENT_OVERDUE, supplierName(event.tenantId()), event.orderId().value(),
                event.number(), event.revision(), null, null, null, null, null, null, rule, now,
                now.plus(properties.decisionTime())));
        auditLog.record(event.tenantId(), AuditAction.EXCEPTION_RAISED, "PurchaseOrder", event.orderId().toString(),
                "Acknowledgment of PO " + event.number() + " overdue", null, exception.view());
    }

    /** What arrived is not what the ASN shipped, beyond the tolerance. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(ShipmentEvents.ReceiptDiffersFromAsn event) {
        raiseShipment(ExceptionType.RECEIPT_DIFFERS_FROM_ASN, event.tenantId(), event.orderId(), event.orderNumber(),
                event.lineNumber(), event.partNumber(), "Shipped on ASN " + event.asnNumber() + ": "
                        + plain(event.shipped()) + unit(event.unit()), event.rule());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(ShipmentEvents.ReceiptWithoutAsn event) {
        raiseShipment(ExceptionType.RECEIPT_WITHOUT_ASN, event.tenantId(), event.orderId(), event.orderNumber(),
                event.lineNumber(), event.partNumber(), null, "Received " + plain(event.received()) + unit(event.unit())
                        + (event.reference() == null ? " without a shipment reference" : " under the reference "
                        + event.reference()) + ", which no ASN of the supplier names. Ask the supplier to send ASNs.");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(ShipmentEvents.AsnNotReceived event) {
        raiseShipment(ExceptionType.ASN_NOT_RECEIVED, event.tenantId(), event.firstOrderId(), event.orderNumbers(),
                null, null, "ASN " + event.asnNumber() + ", expected " + event.expectedArrival(), "The goods of ASN "
                        + event.asnNumber() + " (PO " + event.orderNumbers() + ") were expected on " + event.expectedArrival()
                        + " and have not been received " + event.daysLate() + " days later. Check with the carrier or the supplier.");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(ShipmentEvents.ShipmentOverdue event) {
        raiseShipment(ExceptionType.SHIPMENT_OVERDUE, event.tenantId(), event.orderId(), event.orderNumber(),
                event.lineNumber(), event.partNumber(), "Committed " + plain(event.open()) + unit(event.unit())
                        + " by " + event.dueDate(), "The supplier committed this line for " + event.dueDate()
                        + " and has shipped nothing of it (no ASN, nothing received).");
    }

    /**
     * One open exception per order line and kind: a repeat adds nothing. An overdue shipment, which the hourly check
     * finds again and again, is raised once at all: a buyer who closed it is not asked again.
     */
    private void raiseShipment(ExceptionType type, TenantId tenant, OrderId order, String orderNumber, Integer lineNumber,
                               String partNumber, String summary, String rule) {
        // Events of one order are handled in parallel: take turns per order, so that two never both find none.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, order.value().getMostSignificantBits() ^ order.value().getLeastSignificantBits())
                .getSingleResult();
        boolean raisedBefore = exceptions.findByOrderIdOrderByRaisedAtDesc(order.value()).stream()
                .filter(existing -> existing.type() == type && java.util.Objects.equals(existing.lineNumber(), lineNumber))
                .anyMatch(existing -> type == ExceptionType.SHIPMENT_OVERDUE || existing.status() == ExceptionStatus.OPEN);
        if (raisedBefore) {
            return;
        }
        Instant now = clock.instant();
        BuyerException exception = exceptions.save(new BuyerException(tenant.value(), type, supplierName(tenant),
                order.value(), orderNumber, orders.forAnswer(order).revision(), null, lineNumber, partNumber, null,
                summary, null, rule, now, now.plus(properties.decisionTime())));
        auditLog.record(tenant, AuditAction.EXCEPTION_RAISED, "PurchaseOrder", order.toString(), type.label() + " on PO "
                + orderNumber + (lineNumber == null ? "" : " line " + lineNumber) + ": " + rule, null, exception.view());
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String unit) {
        return unit == null ? "" : " " + unit;
    }

    /** A quality step is past its due time with no answer from the supplier: once per step. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(QualityEvents.StepOverdue event) {
        String link = "quality/" + event.incidentId();
        String subject = qualityStepSubject(event.incidentNumber(), event.kind());
        boolean raisedBefore = exceptions.findBySubjectLink(link).stream()
                .anyMatch(existing -> existing.type() == ExceptionType.QUALITY_STEP_OVERDUE && subject.equals(existing.view().subject()));
        if (raisedBefore) {
            return;
        }
        Instant now = clock.instant();
        BuyerException exception = exceptions.save(BuyerException.about(event.tenantId().value(),
                ExceptionType.QUALITY_STEP_OVERDUE, supplierName(event.tenantId()), subject, link,
                event.orderId() == null ? null : event.orderId().value(), event.orderNumber(),
                event.orderId() == null ? null : orders.forAnswer(event.orderId()).revision(), event.partNumber(),
                event.title(), "The " + event.kind().label().toLowerCase() + " of " + event.incidentNumber()
                        + " was due " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                        .format(event.dueAt().atZone(java.time.ZoneOffset.UTC)) + " and the supplier has not answered it. Remind the supplier.",
                now, now.plus(properties.decisionTime())));
        auditLog.record(event.tenantId(), AuditAction.EXCEPTION_RAISED, "QualityIncident", event.incidentNumber(),
                subject + " overdue", null, exception.view());
    }

    /** What an overdue step's exception is about; raising and resolving find it by this. */
    private static String qualityStepSubject(String incidentNumber, org.supplierportal.quality.StepKind kind) {
        return "Quality incident " + incidentNumber + ": " + kind.label().toLowerCase();
    }

    /** The supplier answered the step: its overdue exception resolves itself. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resolveAnswered(QualityEvents.StepAnswered event) {
        String subject = qualityStepSubject(event.incidentNumber(), event.kind());
        exceptions.findBySubjectLink("quality/" + event.incidentId()).stream()
                .filter(exception -> exception.status() == ExceptionStatus.OPEN && subject.equals(exception.view().subject()))
                .forEach(exception -> exception.resolve("The supplier answered the " + event.kind().label().toLowerCase() + ".",
                        clock.instant()));
    }

    /** An invoice is blocked: one open exception per invoice (a new reason while it is open adds nothing). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void raise(InvoiceEvents.InvoiceBlocked event) {
        String link = "invoices/" + event.invoiceId();
        if (exceptions.findBySubjectLink(link).stream().anyMatch(existing -> existing.status() == ExceptionStatus.OPEN)) {
            return;
        }
        Instant now = clock.instant();
        BuyerException exception = exceptions.save(BuyerException.about(event.tenantId().value(),
                ExceptionType.INVOICE_BLOCKED, supplierName(event.tenantId()), "Invoice " + event.invoiceNumber(), link,
                event.orderId() == null ? null : event.orderId().value(), event.orderNumber(),
                event.orderId() == null ? null : orders.forAnswer(event.orderId()).revision(), null,
                event.totalAmount() == null ? null : "Invoiced " + plain(event.totalAmount()) + unit(event.currency()),
                event.reason() + " Clear the variance with the supplier (credit note, corrected invoice) or release it.",
                now, now.plus(properties.decisionTime())));
        auditLog.record(event.tenantId(), AuditAction.EXCEPTION_RAISED, "Invoice", event.invoiceNumber(),
                "Invoice " + event.invoiceNumber() + " blocked: " + event.reason(), null, exception.view());
    }

    /** The invoice is no longer blocked: its open exception resolves itself. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resolveUnblocked(InvoiceEvents.InvoiceUnblocked event) {
        exceptions.findBySubjectLink("invoices/" + event.invoiceId()).stream()
                .filter(exception -> exception.status() == ExceptionStatus.OPEN)
                .forEach(exception -> exception.resolve("The invoice is now " + event.status().label().toLowerCase() + ".",
                        clock.instant()));
    }

    /** The supplier answered: an open "overdue" exception of that order resolves itself. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resolveOverdue(OrderEvents.OrderAnswered event) {
        exceptions.findByOrderIdAndStatus(event.orderId().value(), ExceptionStatus.OPEN).stream()
                .filter(exception -> exception.type() == ExceptionType.ACKNOWLEDGMENT_OVERDUE)
                .forEach(exception -> exception.resolve("The supplier acknowledged revision " + event.revision() + ".",
                        clock.instant()));
    }

    /** The ERP changed the order: open exceptions on its earlier answers no longer apply. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resolveSuperseded(OrderEvents.PurchaseOrderRevised event) {
        exceptions.findByOrderIdAndStatus(event.orderId().value(), ExceptionStatus.OPEN).stream()
                .filter(exception -> exception.lineNumber() == null || event.linesToAnswer().contains(exception.lineNumber())
                        || exception.type() == ExceptionType.ACKNOWLEDGMENT_OVERDUE)
                .forEach(exception -> exception.resolve("Superseded: the order changed in revision " + event.revision() + ".",
                        clock.instant()));
    }

    private BuyerException openAnswerException(UUID id) {
        BuyerException exception = exceptions.findForUpdate(id).orElseThrow(() -> new ExceptionNotFoundException(id));
        if (exception.status() != ExceptionStatus.OPEN) {
            throw new ExceptionAlreadyDecidedException(exception.orderNumber(), exception.lineNumber(), exception.status(),
                    exception.view().decidedBy());
        }
        if (!exception.type().isAnswerDecision()) {
            throw new InvalidDecisionException(Map.of("decision", "A " + exception.type().label().toLowerCase()
                    + " is closed with a note, not approved."));
        }
        return exception;
    }

    private ExceptionView decided(BuyerException exception, ExceptionStatus outcome, String note, AuditAction action, String verb) {
        ExceptionView before = exception.view();
        exception.decide(outcome, currentUsers.require().displayName(), note, clock.instant());
        ExceptionView after = exception.view();
        auditLog.record(new TenantId(exception.tenantId()), action, "PurchaseOrder", exception.orderId().toString(),
                "Buyer " + verb + " the exception on PO " + exception.orderNumber()
                        + (exception.lineNumber() == null ? "" : " line " + exception.lineNumber())
                        + (note == null ? "" : ": " + note), before, after);
        return after;
    }

    private String supplierName(TenantId tenant) {
        return tenants.find(tenant).map(TenantSummary::name).orElse("Unknown supplier");
    }

    private String where(InboxFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.types().isEmpty()) {
            conditions.add("e.type in :types");
            parameters.put("types", filter.types());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("e.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.supplier() != null) {
            conditions.add("e.tenantId = :supplier");
            parameters.put("supplier", filter.supplier().value());
        }
        if (filter.text() != null) {
            conditions.add("(e.orderNumber like :prefix or e.partNumber like :prefix or lower(e.supplierName) like :contains)");
            parameters.put("prefix", filter.text().replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.put("contains", "%" + filter.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.pastDueOnly()) {
            conditions.add("e.status = org.supplierportal.inbox.ExceptionStatus.OPEN and e.dueAt < :now");
            parameters.put("now", clock.instant());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
