package org.supplierportal.acknowledgment;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.LineNote;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineUpdates;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.SupplierAnswer;

/**
 * A buyer's decisions on answers that needed one, applied to the order line: approve (the proposal becomes the
 * commitment, or the rejection is agreed), reject (the supplier answers again) or counter-propose (the supplier
 * accepts or rejects the counter). Runs in the caller's transaction: the inbox records its decision in the same one.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AcknowledgmentDecisions {

    private final AcknowledgmentLineRepository answerLines;
    private final OrderLineUpdates lineUpdates;
    private final ApplicationEventPublisher events;

    AcknowledgmentDecisions(AcknowledgmentLineRepository answerLines, OrderLineUpdates lineUpdates,
                            ApplicationEventPublisher events) {
        this.answerLines = answerLines;
        this.lineUpdates = lineUpdates;
        this.events = events;
    }

    /** Approves the supplier's answer: a proposal becomes the commitment; a rejection is agreed. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public void approve(UUID acknowledgmentLineId, String note) {
        AcknowledgmentLine answer = load(acknowledgmentLineId);
        OrderForAnswer order = lineUpdates.lockForAnswer(orderOf(answer));
        OrderLineView line = order.line(answer.lineNumber()).orElseThrow();
        if (answer.decision() == SupplierAnswer.Decision.REJECT) {
            lineUpdates.agreeRejection(order.id(), line.lineNumber(), LineNote.rejectionAgreed(note));
        } else {
            lineUpdates.commit(order.id(), line.lineNumber(), answer.proposalAsCommitment(line.unitPrice()),
                    org.supplierportal.order.CommitmentSource.BUYER_APPROVED);
        }
        answer.decided(AcknowledgmentLine.BuyerDecision.APPROVED);
        events.publishEvent(new AcknowledgmentEvents.BuyerDecisionApplied(answer.id(), order.id(), order.tenantId(),
                line.lineNumber(), "APPROVED"));
    }

    /** Rejects the supplier's answer with a reason; the supplier must answer the line again. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public void reject(UUID acknowledgmentLineId, String reason) {
        AcknowledgmentLine answer = load(acknowledgmentLineId);
        OrderForAnswer order = lineUpdates.lockForAnswer(orderOf(answer));
        lineUpdates.returnToSupplier(order.id(), answer.lineNumber(), LineNote.answerRejected(reason));
        answer.decided(AcknowledgmentLine.BuyerDecision.REJECTED);
        events.publishEvent(new AcknowledgmentEvents.BuyerDecisionApplied(answer.id(), order.id(), order.tenantId(),
                answer.lineNumber(), "REJECTED"));
    }

    /** Proposes other values; the supplier accepts (commitment) or rejects them (back to a buyer). */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    public void counter(UUID acknowledgmentLineId, CounterProposal counter, String note) {
        AcknowledgmentLine answer = load(acknowledgmentLineId);
        OrderForAnswer order = lineUpdates.lockForAnswer(orderOf(answer));
        OrderLineView line = order.line(answer.lineNumber()).orElseThrow();
        lineUpdates.counter(order.id(), answer.lineNumber(), counter,
                LineNote.counterProposed(counter, line, order.currency(), note));
        answer.decided(AcknowledgmentLine.BuyerDecision.COUNTERED);
        events.publishEvent(new AcknowledgmentEvents.BuyerDecisionApplied(answer.id(), order.id(), order.tenantId(),
                answer.lineNumber(), "COUNTERED"));
    }

    private AcknowledgmentLine load(UUID id) {
        return answerLines.findById(id).orElseThrow(() -> new IllegalArgumentException("No answer " + id));
    }

    private static OrderId orderOf(AcknowledgmentLine answer) {
        return new OrderId(answer.acknowledgment().orderId());
    }
}
