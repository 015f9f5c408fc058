package org.supplierportal.api.v1;

import java.util.List;

import org.supplierportal.acknowledgment.AcknowledgmentResult;
import org.supplierportal.acknowledgment.FieldProblem;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.acknowledgment.LineOutcome;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.order.RevisionChange;
import org.supplierportal.tolerance.SupplierAnswer;

/** Between the portal's types and the API's. */
final class ApiMapping {

    private ApiMapping() {
    }

    static ApiModel.OrderSummary summary(OrderSummary order) {
        return new ApiModel.OrderSummary(order.id().value(), order.number(), order.revision(), order.status().name(),
                order.status().label(), order.orderDate(), order.buyerName(), order.currency(), order.lineCount(),
                order.totalAmount(), order.firstRequestedDate(),
                order.status().awaitsSupplier() ? order.ackDueAt() : null, order.acknowledgedRevision());
    }

    static ApiModel.Order order(OrderDetail detail) {
        return new ApiModel.Order(summary(detail.summary()), detail.header().buyerEmail(), detail.header().paymentTerms(),
                detail.header().incoterms(), detail.header().shipTo(),
                detail.lines().stream().map(ApiMapping::line).toList(),
                detail.revisions().stream().map(revision -> new ApiModel.Revision(revision.revision(),
                        revision.receivedAt(), revision.changeCount())).toList());
    }

    static ApiModel.Line line(OrderLineView line) {
        return new ApiModel.Line(line.lineNumber(), line.partNumber(), line.supplierPartNumber(), line.description(),
                line.quantity(), line.unit(), line.unitPrice(), line.priceUnit(), line.requestedDate(),
                line.schedule().stream().map(ApiMapping::delivery).toList(), line.status().name(),
                line.statusNote() == null ? null : line.statusNote().english(),
                commitment(line),
                line.counterProposal() == null ? null : new ApiModel.CounterProposal(line.counterProposal().quantity(),
                        line.counterProposal().date(), line.counterProposal().unitPrice()));
    }

    static ApiModel.Commitment commitment(OrderLineView line) {
        if (line.commitment() == null) {
            return null;
        }
        return new ApiModel.Commitment(line.lineNumber(), line.commitment().deliveries().stream()
                .map(delivery -> new ApiModel.Delivery(delivery.quantity(), delivery.date())).toList(),
                line.commitment().unitPrice(), line.commitmentSource() == null ? null : line.commitmentSource().name(),
                line.committedAt());
    }

    static ApiModel.Change change(RevisionChange change) {
        return new ApiModel.Change(change.lineNumber(), change.kind().name(), change.field(), change.before(), change.after());
    }

    static ApiModel.Acknowledgment acknowledgment(AcknowledgmentResult result, List<OrderLineView> lines) {
        return new ApiModel.Acknowledgment(result.acknowledgmentId(), result.orderId().value(), result.orderNumber(),
                result.revision(), result.submittedAt(), result.submittedBy(), result.comment(),
                result.lines().stream().map(outcome -> outcome(outcome, lines)).toList());
    }

    private static ApiModel.LineOutcome outcome(LineOutcome outcome, List<OrderLineView> lines) {
        ApiModel.Commitment commitment = lines.stream().filter(line -> line.lineNumber() == outcome.lineNumber())
                .findFirst().map(ApiMapping::commitment).orElse(null);
        return new ApiModel.LineOutcome(outcome.lineNumber(), outcome.decision().name(), outcome.outcome().name(),
                outcome.explanation(), outcome.outcome() == org.supplierportal.tolerance.LineEvaluation.Outcome.COMMIT ? commitment : null);
    }

    /** Decision names are checked here: an unknown one is a field error, not a server error. */
    static LineAnswer answer(ApiModel.LineAnswer answer) {
        SupplierAnswer.Decision decision = parseDecision(answer.decision());
        return new LineAnswer(answer.lineNumber(), decision, answer.quantity(), answer.date(), answer.unitPrice(),
                answer.deliveries() == null ? List.of() : answer.deliveries().stream()
                        .map(delivery -> new LineAnswer.Delivery(delivery.quantity(), delivery.date())).toList(),
                answer.unit(), answer.currency(), answer.rejectReason(), answer.comment());
    }

    static SupplierAnswer.Decision parseDecision(String decision) {
        if (decision == null) {
            return null;
        }
        try {
            return SupplierAnswer.Decision.valueOf(decision.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ApiModel.FieldError error(FieldProblem problem) {
        return new ApiModel.FieldError(problem.field(), problem.lineNumber(), problem.message());
    }

    static ApiModel.Delivery delivery(OrderDocument.Schedule schedule) {
        return new ApiModel.Delivery(schedule.quantity(), schedule.date());
    }
}
