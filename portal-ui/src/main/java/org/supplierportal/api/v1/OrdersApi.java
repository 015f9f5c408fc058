package org.supplierportal.api.v1;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentResult;
import org.supplierportal.acknowledgment.AcknowledgmentQueries;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.AnswerForm;
import org.supplierportal.acknowledgment.FieldProblem;
import org.supplierportal.acknowledgment.InvalidAcknowledgmentException;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderSort;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OrderSummary;

/** The caller's purchase orders, their revisions and changes, and their acknowledgment. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Your company's purchase orders and their acknowledgment")
class OrdersApi {

    static final int MAX_PAGE = 200;

    private final OrderQueries orders;
    private final AcknowledgmentService acknowledgments;
    private final AcknowledgmentQueries recorded;

    OrdersApi(OrderQueries orders, AcknowledgmentService acknowledgments, AcknowledgmentQueries recorded) {
        this.orders = orders;
        this.acknowledgments = acknowledgments;
        this.recorded = recorded;
    }

    @GetMapping("/orders")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(operationId = "listOrders", summary = "List your orders, newest first",
            description = "Filter by status (NEW, CHANGED, ACTION_REQUIRED, IN_REVIEW, CONFIRMED, CANCELLED; comma separated)"
                    + ", overdue acknowledgments, or a PO or part number prefix. Page with limit (at most 200) and after:"
                    + " follow the Link header rel=\"next\" (or nextLink) until there is none. offset still works but is"
                    + " deprecated (Deprecation header): deep offsets are slow and skip or repeat orders that arrive meanwhile.")
    ResponseEntity<ApiModel.OrderPage> list(@RequestParam(required = false) String status,
                                            @RequestParam(defaultValue = "false") boolean overdue,
                                            @RequestParam(name = "q", required = false) @Parameter(description = "PO or part number prefix") String text,
                                            @RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                            @RequestParam(required = false) @Parameter(description = "Deprecated: use after", deprecated = true) Integer offset,
                                            @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiParameters.requirePlainText("q", text);
        ApiParameters.requirePlainText("status", status);
        OrderFilter filter = new OrderFilter(statuses(status), overdue, null, null, text, null);
        if (offset != null) {
            int from = Math.max(0, offset);
            List<OrderSummary> page = orders.search(filter, OrderSort.ORDER_DATE_DESC, from, pageSize + 1);
            boolean more = page.size() > pageSize;
            return ResponseEntity.ok().headers(ApiPaging.Page.deprecatedOffset()).body(new ApiModel.OrderPage(page.stream().limit(pageSize)
                    .map(ApiMapping::summary).toList(), from, pageSize, more ? from + pageSize : null, null));
        }
        ApiCursor cursor = ApiCursor.decode(after, "orders");
        List<OrderSummary> fetched = cursor == null ? orders.searchAfter(filter, null, null, pageSize + 1)
                : orders.searchAfter(filter, ApiParameters.date(cursor.value()), ApiParameters.uuid(cursor.id()), pageSize + 1);
        ApiPaging.Page<OrderSummary> page = ApiPaging.Page.of(fetched, pageSize,
                order -> new ApiCursor("orders", order.orderDate().toString(), order.id().toString()), request);
        // The first page still says where an offset caller goes next, so clients of the offset protocol keep working.
        Integer nextOffset = cursor == null && page.next() != null ? pageSize : null;
        return ResponseEntity.ok().headers(page.headers()).body(new ApiModel.OrderPage(
                page.items().stream().map(ApiMapping::summary).toList(), cursor == null ? 0 : null, pageSize, nextOffset, page.next()));
    }

    @GetMapping("/orders/{orderId}")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(operationId = "getOrder", summary = "One order with its lines (state, commitment, counter-proposal) and revision history",
            description = "The ETag changes with anything in the order; If-None-Match with it answers 304 when nothing changed.")
    ResponseEntity<ApiModel.Order> get(@PathVariable UUID orderId) {
        ApiModel.Order order = ApiMapping.order(orders.detail(new OrderId(orderId)));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(order)).body(order);
    }

    @GetMapping("/orders/{orderId}/changes")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(operationId = "getOrderChanges", summary = "What changed since the revision you last answered")
    List<ApiModel.Change> changes(@PathVariable UUID orderId) {
        return orders.changesSinceLastAnswer(new OrderId(orderId)).changes().stream().map(ApiMapping::change).toList();
    }

    @GetMapping("/orders/{orderId}/commitments")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(operationId = "getOrderCommitments", summary = "The values agreed so far, per line")
    List<ApiModel.Commitment> commitments(@PathVariable UUID orderId) {
        return orders.detail(new OrderId(orderId)).lines().stream().map(ApiMapping::commitment)
                .filter(java.util.Objects::nonNull).toList();
    }

    @PostMapping("/orders/{orderId}/acknowledgments/evaluation")
    @PreAuthorize("hasAuthority('SCOPE_acknowledgments:write')")
    @Operation(operationId = "evaluateAcknowledgment", summary = "Evaluate answers without recording them: confirmed at once, or to a buyer and why",
            description = "Records nothing, so repeating it is harmless: an Idempotency-Key is accepted and not needed.")
    ApiModel.Evaluation evaluate(@PathVariable UUID orderId, @Valid @RequestBody ApiModel.AcknowledgmentRequest request) {
        AnswerForm form = acknowledgments.prepare(new OrderId(orderId));
        List<ApiModel.LineEvaluation> lines = new ArrayList<>();
        List<ApiModel.LineAnswer> answers = request.lines() == null ? List.of() : request.lines();
        for (ApiModel.LineAnswer answer : answers) {
            LinePreview preview = acknowledgments.preview(form, ApiMapping.answer(answer));
            lines.add(preview.valid()
                    ? new ApiModel.LineEvaluation(answer.lineNumber(), preview.evaluation().outcome().name(),
                    preview.evaluation().summary(), preview.evaluation().checks().stream()
                    .map(check -> new ApiModel.RuleCheck(check.rule().label(), check.withinLimit(), check.explanation())).toList(), List.of())
                    : new ApiModel.LineEvaluation(answer.lineNumber(), null, null, List.of(),
                    preview.problems().stream().map(ApiMapping::error).toList()));
        }
        return new ApiModel.Evaluation(lines);
    }

    @PostMapping("/orders/{orderId}/acknowledgments")
    @PreAuthorize("hasAuthority('SCOPE_acknowledgments:write')")
    @Operation(operationId = "acknowledgeOrder", summary = "Acknowledge the current revision: an answer for every open line",
            description = "Send an Idempotency-Key header: the same key again returns the first result and records "
                    + "nothing new. The revision you answer is the precondition (409 with the changes when the order "
                    + "changed); If-Match with the order's ETag is checked too when sent (412). 422 lists every field "
                    + "problem; 409 also means the revision was already acknowledged.")
    ResponseEntity<ApiModel.Acknowledgment> acknowledge(@PathVariable UUID orderId,
                                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody ApiModel.AcknowledgmentRequest request) {
        if (ifMatch != null) {
            ApiPreconditions.checkMatch(ifMatch, ApiMapping.order(orders.detail(new OrderId(orderId))));
        }
        List<ApiModel.LineAnswer> answers = request.lines() == null ? List.of() : request.lines();
        List<FieldProblem> unknownDecisions = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (ApiMapping.parseDecision(answers.get(i).decision()) == null) {
                unknownDecisions.add(new FieldProblem("lines[" + i + "].decision", answers.get(i).lineNumber(),
                        "Use ACCEPT, PROPOSE or REJECT."));
            }
        }
        if (!unknownDecisions.isEmpty()) {
            throw new InvalidAcknowledgmentException(unknownDecisions);
        }
        AcknowledgmentResult result = acknowledgments.submit(new AcknowledgmentRequest(new OrderId(orderId),
                request.revision(), idempotencyKey, request.comment(), answers.stream().map(ApiMapping::answer).toList()));
        List<OrderLineView> lines = orders.detail(new OrderId(orderId)).lines();
        return ResponseEntity.created(URI.create("/api/v1/acknowledgments/" + result.acknowledgmentId()))
                .body(ApiMapping.acknowledgment(result, lines));
    }

    @GetMapping("/acknowledgments/{acknowledgmentId}")
    @PreAuthorize("hasAnyAuthority('SCOPE_orders:read', 'SCOPE_acknowledgments:write')")
    @Operation(operationId = "getAcknowledgment", summary = "One of your acknowledgments, with the outcome of each line")
    ResponseEntity<ApiModel.Acknowledgment> acknowledgment(@PathVariable UUID acknowledgmentId) {
        ApiModel.Acknowledgment found = recorded.find(acknowledgmentId)
                .map(result -> ApiMapping.acknowledgment(result, orders.detail(result.orderId()).lines()))
                .orElseThrow(() -> new ApiParameters.NotFoundException("acknowledgment-not-found", "Acknowledgment not found",
                        "There is no acknowledgment " + acknowledgmentId + " of your company."));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(found)).body(found);
    }

    private static Set<OrderStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        for (String name : value.split(",")) {
            try {
                statuses.add(OrderStatus.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidAcknowledgmentException(List.of(new FieldProblem("status", null,
                        "'" + name.strip() + "' is not an order status; use " + java.util.Arrays.toString(OrderStatus.values()))));
            }
        }
        return statuses;
    }

}
