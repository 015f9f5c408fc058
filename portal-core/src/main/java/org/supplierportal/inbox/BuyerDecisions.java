package org.supplierportal.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.acknowledgment.AcknowledgmentDecisions;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditSummary;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tolerance.AuditSummaries;
import org.supplierportal.tolerance.Explanation;

/**
 * A buyer's decisions on exceptions: an answer is approved, rejected or counter-proposed (and the decision applied to
 * the order line); anything else is closed with a note. Each decision is audited on the order.
 */
@Service
@PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
@Transactional
public class BuyerDecisions {

    private final BuyerExceptionRepository exceptions;
    private final AcknowledgmentDecisions decisions;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final Clock clock;

    BuyerDecisions(BuyerExceptionRepository exceptions, AcknowledgmentDecisions decisions, CurrentUsers currentUsers,
                   AuditLog auditLog, Clock clock) {
        this.exceptions = exceptions;
        this.decisions = decisions;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Approves the supplier's answer: its proposal becomes the commitment (or its rejection is agreed). */
    public ExceptionView approve(UUID id, String note) {
        BuyerException exception = openAnswerException(id);
        decisions.approve(exception.acknowledgmentLineId(), blankToNull(note));
        return decided(exception, ExceptionStatus.APPROVED, blankToNull(note), AuditAction.EXCEPTION_APPROVED);
    }

    /** Rejects the supplier's answer with a reason: the supplier must answer the line again. */
    public ExceptionView reject(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidDecisionException(Map.of("reason", RuleText.of("decisionRule.rejectReason")));
        }
        BuyerException exception = openAnswerException(id);
        decisions.reject(exception.acknowledgmentLineId(), reason.strip());
        return decided(exception, ExceptionStatus.REJECTED, reason.strip(), AuditAction.EXCEPTION_REJECTED);
    }

    /** Proposes other values to the supplier, who accepts or rejects them. */
    public ExceptionView counter(UUID id, CounterProposal counter, String note) {
        CounterProposalCheck check = CounterProposalRule.check(counter, LocalDate.now(clock));
        if (!check.passes()) {
            throw new InvalidDecisionException(check.problems());
        }
        BuyerException exception = openAnswerException(id);
        decisions.counter(exception.acknowledgmentLineId(), counter, blankToNull(note));
        return decided(exception, ExceptionStatus.COUNTERED, blankToNull(note), AuditAction.EXCEPTION_COUNTERED);
    }

    /** Closes an exception that is not an answer with a note (for example after calling the supplier). */
    public ExceptionView close(UUID id, String note) {
        BuyerException exception = exceptions.findForUpdate(id).orElseThrow(() -> new ExceptionNotFoundException(id));
        if (exception.type().isAnswerDecision()) {
            throw new InvalidDecisionException(Map.of("note", RuleText.of("decisionRule.answersNotClosed")));
        }
        return decided(exception, ExceptionStatus.CLOSED, blankToNull(note), AuditAction.EXCEPTION_CLOSED);
    }

    private BuyerException openAnswerException(UUID id) {
        BuyerException exception = exceptions.findForUpdate(id).orElseThrow(() -> new ExceptionNotFoundException(id));
        if (exception.status() != ExceptionStatus.OPEN) {
            throw new ExceptionAlreadyDecidedException(exception.orderNumber(), exception.lineNumber(), exception.status(),
                    exception.view().decidedBy());
        }
        if (!exception.type().isAnswerDecision()) {
            throw new InvalidDecisionException(Map.of("decision", RuleText.of("decisionRule.closedWithNote")));
        }
        return exception;
    }

    /** The History tab's words: who decided what on which line, and the buyer's note. */
    private static AuditSummary decisionSummary(BuyerException exception, ExceptionStatus outcome, String note) {
        String key = "audit.exceptionDecided." + outcome.name();
        List<Explanation> sentences = new ArrayList<>();
        sentences.add(exception.lineNumber() == null ? Explanation.of(key, exception.orderNumber())
                : Explanation.of(key + ".line", exception.orderNumber(), exception.lineNumber()));
        if (note != null) {
            sentences.add(Explanation.of("order.note.buyerNote", note));
        }
        return AuditSummaries.of(sentences);
    }

    private ExceptionView decided(BuyerException exception, ExceptionStatus outcome, String note, AuditAction action) {
        ExceptionView before = exception.view();
        exception.decide(outcome, currentUsers.require().displayName(), note, clock.instant());
        ExceptionView after = exception.view();
        auditLog.record(new TenantId(exception.tenantId()), action, "PurchaseOrder", exception.orderId().toString(),
                decisionSummary(exception, outcome, note), before, after);
        return after;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
