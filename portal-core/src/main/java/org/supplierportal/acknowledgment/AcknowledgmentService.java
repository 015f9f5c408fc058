package org.supplierportal.acknowledgment;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.CommitmentSource;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.LineNote;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineUpdates;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tolerance.AuditSummaries;
import org.supplierportal.tolerance.EffectiveLimits;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.OrderedLine;
import org.supplierportal.tolerance.SupplierAnswer;
import org.supplierportal.tolerance.ToleranceRules;
import org.supplierportal.tolerance.ToleranceService;

/**
 * The supplier's side of acknowledging: the form with its live preview, the submission (validated, evaluated
 * against the tolerances, committed or sent to a buyer, in one transaction, once per idempotency key), and the
 * answer to a buyer's counter-proposal. Reading recorded acknowledgments is {@link AcknowledgmentQueries}.
 */
@Service
public class AcknowledgmentService {

    private final AcknowledgmentRepository acknowledgments;
    private final AcknowledgmentLineRepository answerLines;
    private final OrderLineUpdates lineUpdates;
    private final OrderQueries orders;
    private final ToleranceService tolerances;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcknowledgmentService(AcknowledgmentRepository acknowledgments, AcknowledgmentLineRepository answerLines,
                          OrderLineUpdates lineUpdates, OrderQueries orders, ToleranceService tolerances,
                          CurrentUsers currentUsers, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.acknowledgments = acknowledgments;
        this.answerLines = answerLines;
        this.lineUpdates = lineUpdates;
        this.orders = orders;
        this.tolerances = tolerances;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The order's current revision and its limits, for the answer form. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional(readOnly = true)
    public AnswerForm prepare(OrderId orderId) {
        OrderForAnswer order = orders.forAnswer(orderId);
        return new AnswerForm(order, limits(order));
    }

    /**
     * What would happen to one line's answer, without saving anything: the same validation and rules as
     * {@link #submit}. Pure over the prepared form, so a screen can call it on every change.
     */
    public LinePreview preview(AnswerForm form, LineAnswer answer) {
        AnswerValidator.Result result = AnswerValidator.validate(form.order(), List.of(answer), LocalDate.now(clock), false);
        if (!result.valid()) {
            return new LinePreview(answer.lineNumber(), null, result.problems());
        }
        OrderLineView line = form.order().line(answer.lineNumber()).orElseThrow();
        return new LinePreview(answer.lineNumber(), evaluate(form.order(), line,
                result.answers().get(answer.lineNumber()), form.limitsByPart().get(line.partNumber())), List.of());
    }

    /**
     * Records an acknowledgment. Inside tolerance a line is committed at once (and the ERP told); outside, a buyer
     * decides. The same idempotency key again returns the first result and records nothing new.
     *
     * @throws StaleRevisionException          the order changed since the supplier looked at it; nothing recorded
     * @throws InvalidAcknowledgmentException  an answer is not acceptable as entered; nothing recorded
     * @throws AlreadyAnsweredException        the revision was already acknowledged (another tab)
     */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public AcknowledgmentResult submit(AcknowledgmentRequest request) {
        CurrentUser user = currentUsers.require();
        List<FieldProblem> requestProblems = AnswerValidator.checkRequest(request);
        if (!requestProblems.isEmpty()) {
            throw new InvalidAcknowledgmentException(requestProblems);
        }
        // The lock serialises two submissions of the same order; the idempotency check must come after it.
        OrderForAnswer order = lineUpdates.lockForAnswer(request.orderId());
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank()
                ? UUID.randomUUID().toString() : request.idempotencyKey();
        Optional<Acknowledgment> earlier = acknowledgments.findByTenantIdAndIdempotencyKey(order.tenantId().value(), key);
        if (earlier.isPresent()) {
            return earlier.get().result(orders.forAnswer(order.id()));
        }
        if (request.revision() != order.revision()) {
            throw new StaleRevisionException(order.number(), request.revision(), order.revision(),
                    orders.compare(order.id(), request.revision(), order.revision()));
        }
        if (order.lines().stream().noneMatch(line -> line.status() == LineStatus.AWAITING_ANSWER)) {
            Optional<Acknowledgment> last = acknowledgments.findFirstByOrderIdAndRevisionOrderBySubmittedAtDesc(
                    order.id().value(), order.revision());
            throw new AlreadyAnsweredException(order.number(), order.revision(),
                    last.map(Acknowledgment::submittedBy).orElse(null), last.map(Acknowledgment::submittedAt).orElse(null));
        }
        AnswerValidator.Result validated = AnswerValidator.validate(order, request.lines(), LocalDate.now(clock), true);
        if (!validated.valid()) {
            throw new InvalidAcknowledgmentException(validated.problems());
        }

        Map<String, EffectiveLimits> limits = limits(order);
        Instant now = clock.instant();
        Acknowledgment acknowledgment = new Acknowledgment(order.tenantId().value(), order.id().value(), order.revision(),
                key, now, user.displayName(), user.userId(), blankToNull(request.comment()));
        List<Runnable> afterSave = new ArrayList<>();
        for (LineAnswer answer : request.lines()) {
            OrderLineView line = order.line(answer.lineNumber()).orElseThrow();
            SupplierAnswer supplierAnswer = validated.answers().get(answer.lineNumber());
            LineEvaluation evaluation = evaluate(order, line, supplierAnswer, limits.get(line.partNumber()));
            AcknowledgmentLine answerLine = acknowledgment.add(new AcknowledgmentLine(acknowledgment, line.id(),
                    line.lineNumber(), supplierAnswer, blankToNull(answer.rejectReason()), blankToNull(answer.comment()),
                    evaluation));
            afterSave.add(() -> apply(order, line, supplierAnswer, answer, evaluation, answerLine));
        }
        acknowledgments.saveAndFlush(acknowledgment);
        afterSave.forEach(Runnable::run);
        lineUpdates.markAnswered(order.id());
        AcknowledgmentResult result = acknowledgment.result(orders.forAnswer(order.id()));
        auditLog.record(order.tenantId(), AuditAction.ACKNOWLEDGMENT_SUBMITTED, "PurchaseOrder", order.id().toString(),
                AuditSummaries.of(Explanation.of("audit.acknowledged", order.revision(), result.committedCount(),
                        result.toBuyerCount())), null, result);
        return result;
    }

    /**
     * The supplier's answer to a buyer's counter-proposal: accepted, it becomes the commitment; rejected (with a
     * reason), the line goes back to a buyer.
     */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public void respondToCounter(OrderId orderId, int lineNumber, boolean accept, String reason) {
        OrderForAnswer order = lineUpdates.lockForAnswer(orderId);
        OrderLineView line = order.line(lineNumber).orElseThrow(() ->
                new InvalidAcknowledgmentException(List.of(new FieldProblem("lineNumber", lineNumber,
                        "PO " + order.number() + " has no line " + lineNumber + "."))));
        if (line.status() != LineStatus.COUNTER_PROPOSED) {
            throw new org.supplierportal.order.LineNotInThatStateException(order.number(), lineNumber, line.status());
        }
        AcknowledgmentLine answer = answerLines.findLatestForOrderLine(line.id()).orElseThrow();
        CounterProposal counter = line.counterProposal();
        if (accept) {
            Commitment commitment = CommitmentRules.ofAcceptedCounter(counter, answer.proposedDeliveries(),
                    answer.proposedPrice(), line);
            answer.decided(AcknowledgmentLine.BuyerDecision.COUNTER_ACCEPTED);
            lineUpdates.commit(order.id(), lineNumber, commitment, CommitmentSource.COUNTER_ACCEPTED);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidAcknowledgmentException(List.of(FieldProblem.of("reason", lineNumber,
                        "ack.problem.counterReason")));
            }
            answer.decided(AcknowledgmentLine.BuyerDecision.COUNTER_REJECTED);
            lineUpdates.sendToBuyer(order.id(), lineNumber, LineNote.counterRejected(reason));
            events.publishEvent(new AcknowledgmentEvents.LineNeedsBuyerDecision(answer.id(), order.id(), order.tenantId(),
                    order.number(), order.revision(), line.id(), lineNumber, line.partNumber(),
                    AcknowledgmentEvents.Reason.COUNTER_REJECTED, Summaries.ordered(line, order.currency()),
                    Summaries.counterRejected(reason.strip()), "The supplier rejected the buyer's counter-proposal.", List.of()));
        }
    }

    private void apply(OrderForAnswer order, OrderLineView line, SupplierAnswer answer, LineAnswer entered,
                       LineEvaluation evaluation, AcknowledgmentLine answerLine) {
        if (evaluation.outcome() == LineEvaluation.Outcome.COMMIT) {
            lineUpdates.commit(order.id(), line.lineNumber(), CommitmentRules.ofAnswer(answer, line),
                    CommitmentSource.WITHIN_TOLERANCE);
            return;
        }
        lineUpdates.sendToBuyer(order.id(), line.lineNumber(), LineNote.waitingForBuyer(evaluation.reasonsForBuyer()));
        AcknowledgmentEvents.Reason reason = answer.decision() == SupplierAnswer.Decision.REJECT
                ? AcknowledgmentEvents.Reason.SUPPLIER_REJECTED_LINE : AcknowledgmentEvents.Reason.OUTSIDE_TOLERANCE;
        events.publishEvent(new AcknowledgmentEvents.LineNeedsBuyerDecision(answerLine.id(), order.id(), order.tenantId(),
                order.number(), order.revision(), line.id(), line.lineNumber(), line.partNumber(), reason,
                Summaries.ordered(line, order.currency()),
                Summaries.answered(answer, line, order.currency(), entered.rejectReason()),
                evaluation.reasonForBuyer(), evaluation.reasonsForBuyer().stream().map(ExplanationText::of).toList()));
    }

    static LineEvaluation evaluate(OrderForAnswer order, OrderLineView line, SupplierAnswer answer, EffectiveLimits limits) {
        OrderedLine ordered = new OrderedLine(line.quantity(), line.unit(), line.unitPrice(), order.currency(),
                line.requestedDate());
        return ToleranceRules.evaluate(ordered, answer, limits);
    }

    private Map<String, EffectiveLimits> limits(OrderForAnswer order) {
        return tolerances.limitsFor(order.tenantId(), order.lines().stream().map(OrderLineView::partNumber).distinct().toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
