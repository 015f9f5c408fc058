package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.input.DecimalLimit;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.tolerance.Explanation;

/** The exception inbox's data types in API version 1. */
final class InboxModel {

    /** What a buyer may decide on an answer of a supplier; other exceptions close themselves or are closed on screen. */
    static final List<String> ANSWER_DECISIONS = List.of("approve", "reject", "counter-propose");

    private InboxModel() {
    }

    @Schema(description = "An exception in the buyers' inbox. kind: OUTSIDE_TOLERANCE, SUPPLIER_REJECTED_LINE,"
            + " COUNTER_REJECTED (a supplier's answer: approve, reject or counter-propose it), ACKNOWLEDGMENT_OVERDUE,"
            + " RECEIPT_DIFFERS_FROM_ASN, RECEIPT_WITHOUT_ASN, ASN_NOT_RECEIVED, SHIPMENT_OVERDUE, QUALITY_STEP_OVERDUE,"
            + " INVOICE_BLOCKED. state: OPEN, APPROVED, REJECTED, COUNTERED, CLOSED, RESOLVED. decisions: what you may"
            + " decide on it now")
    record InboxItem(UUID id, String kind, String kindText, String state, String supplier, String supplierName,
                     UUID orderId, String orderNumber, Integer revision, Integer lineNumber, String partNumber,
                     String ordered, String proposed, String rule, String subject, Instant raisedAt, Instant dueAt,
                     Instant decidedAt, String decidedBy, String decisionNote, List<String> decisions) {

        static InboxItem of(ExceptionView exception, String supplierKey) {
            boolean decidable = exception.status() == ExceptionStatus.OPEN && exception.type().isAnswerDecision();
            return new InboxItem(exception.id(), exception.type().name(), exception.type().label(),
                    exception.status().name(), supplierKey, exception.supplierName(),
                    exception.orderId() == null ? null : exception.orderId().value(), exception.orderNumber(),
                    exception.orderRevision(), exception.lineNumber(), exception.partNumber(), english(exception.orderedSummary()),
                    english(exception.proposedSummary()), exception.rule(), exception.subject() == null ? null : exception.subject().english(), exception.raisedAt(),
                    exception.dueAt(), exception.decidedAt(), exception.decidedBy(), exception.decisionNote(),
                    decidable ? ANSWER_DECISIONS : List.of());
        }

        /** The API keeps English. */
        private static String english(Explanation summary) {
            return summary == null ? null : summary.english();
        }
    }

    @Schema(description = "An approval of the supplier's answer: its proposal becomes the commitment (or its rejection of"
            + " the line is agreed). note: optional, the supplier sees it")
    record Approval(@Text(max = 2000) String note) {
    }

    @Schema(description = "A rejection of the supplier's answer: the supplier must answer the line again. reason:"
            + " required, the supplier sees it")
    record Rejection(@Text(max = 2000) String reason) {
    }

    @Schema(description = "Other values proposed to the supplier, who accepts or rejects them: at least one of quantity,"
            + " date, unitPrice (null: as the supplier proposed); the date not in the past")
    record CounterProposalRequest(@Fits(DecimalLimit.ORDER_QUANTITY) BigDecimal quantity, LocalDate date,
                                  @Fits(DecimalLimit.PRICE) BigDecimal unitPrice, @Text(max = 2000) String note) {

        CounterProposal proposal() {
            return new CounterProposal(quantity, date, unitPrice);
        }
    }
}
