package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.supplierportal.input.DecimalLimit;

/** The data types of API version 1. Stable: a field is never renamed or removed within v1. */
public final class ApiModel {

    private ApiModel() {
    }

    @Schema(description = "A purchase order in a list")
    public record OrderSummary(UUID id, String number, int revision, String status, String statusText,
                               LocalDate orderDate, String buyer, String currency, int lineCount, BigDecimal total,
                               LocalDate firstRequestedDate, Instant acknowledgeBy, Integer acknowledgedRevision) {
    }

    @Schema(description = "A page of orders. nextLink: the next page (the same as the Link header rel=\"next\"), null on"
            + " the last one. offset and next: the deprecated offset paging (next is the offset of the next page)")
    public record OrderPage(List<OrderSummary> orders, Integer offset, int limit, Integer next, String nextLink) {
    }

    @Schema(description = "A purchase order with its lines and revision history")
    public record Order(OrderSummary summary, String buyerEmail, String paymentTerms, String incoterms, String shipTo,
                        List<Line> lines, List<Revision> revisions) {
    }

    @Schema(description = "An order line with its state and, once agreed, its commitment")
    public record Line(int lineNumber, String partNumber, String supplierPartNumber, String description,
                       BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal priceUnit,
                       LocalDate requestedDate, List<Delivery> schedule, String status, String note,
                       Commitment commitment, CounterProposal counterProposal) {
    }

    @Schema(description = "A quantity on a date")
    public record Delivery(@Fits(DecimalLimit.ORDER_QUANTITY) BigDecimal quantity, LocalDate date) {
    }

    @Schema(description = "What supplier and buyer agreed on a line")
    public record Commitment(int lineNumber, List<Delivery> deliveries, BigDecimal unitPrice, String source,
                             Instant committedAt) {
    }

    @Schema(description = "A buyer's counter-proposal: null fields stay as proposed")
    public record CounterProposal(BigDecimal quantity, LocalDate date, BigDecimal unitPrice) {
    }

    @Schema(description = "One revision of an order as the ERP sent it")
    public record Revision(int revision, Instant receivedAt, int changeCount) {
    }

    @Schema(description = "One difference between two revisions; lineNumber null means the order header")
    public record Change(Integer lineNumber, String kind, String field, String before, String after) {
    }

    @Schema(description = "An acknowledgment of one revision: an answer for every open line")
    public record AcknowledgmentRequest(
            @Schema(description = "The revision you answer; if the order changed meanwhile you get 409") int revision,
            @Text(max = 2000) String comment, List<@Valid LineAnswer> lines) {
    }

    @Schema(description = "The answer to one line. ACCEPT takes it as ordered; REJECT needs rejectReason; PROPOSE takes "
            + "any of quantity, date, unitPrice, or a split into deliveries (then no quantity and date)")
    public record LineAnswer(int lineNumber, @Text(max = 10) String decision,
                             @Fits(DecimalLimit.ORDER_QUANTITY) BigDecimal quantity, LocalDate date,
                             @Fits(DecimalLimit.PRICE) BigDecimal unitPrice, List<@Valid Delivery> deliveries,
                             @Text(max = 20) String unit, @Text(max = 3) String currency,
                             @Text(max = 1000) String rejectReason, @Text(max = 2000) String comment) {
    }

    @Schema(description = "A recorded acknowledgment and what became of each line")
    public record Acknowledgment(UUID id, UUID orderId, String orderNumber, int revision, Instant submittedAt,
                                 String submittedBy, String comment, List<LineOutcome> lines) {
    }

    @Schema(description = "COMMIT: confirmed at once (commitment set); BUYER_DECIDES: outside tolerance, a buyer decides")
    public record LineOutcome(int lineNumber, String decision, String outcome, String explanation, Commitment commitment) {
    }

    @Schema(description = "What would happen to each answer, without recording anything")
    public record Evaluation(List<LineEvaluation> lines) {
    }

    public record LineEvaluation(int lineNumber, String outcome, String summary, List<RuleCheck> checks,
                                 List<FieldError> errors) {
    }

    public record RuleCheck(String rule, boolean withinLimit, String explanation) {
    }

    @Schema(description = "A problem with one field of the request")
    public record FieldError(String field, Integer lineNumber, String message) {
    }
}
