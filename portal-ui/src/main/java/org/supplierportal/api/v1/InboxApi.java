package org.supplierportal.api.v1;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.supplierportal.api.v1.InboxModel.Approval;
import org.supplierportal.api.v1.InboxModel.CounterProposalRequest;
import org.supplierportal.api.v1.InboxModel.InboxItem;
import org.supplierportal.api.v1.InboxModel.Rejection;
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * The buyers' exception inbox for the buyer side's systems: list it, read an exception, and decide a supplier's
 * answer through the same {@link BuyerDecisions} as the inbox screen, so the same rules apply (a counter-proposal's
 * date not in the past, a rejection with a reason, a decision once).
 */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Exception inbox (buyers)", description = "What needs a buyer's decision, across all suppliers")
class InboxApi {

    private final InboxQueries inbox;
    private final BuyerDecisions decisions;
    private final TenantService tenants;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    InboxApi(InboxQueries inbox, BuyerDecisions decisions, TenantService tenants, IdempotencyKeys idempotency, Clock clock) {
        this.inbox = inbox;
        this.decisions = decisions;
        this.tenants = tenants;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_inbox:read')")
    @Operation(operationId = "listInboxExceptions", summary = "Exceptions, oldest first",
            description = "Filters, all optional: supplier (key), kind and state (repeat or comma-separate for several;"
                    + " state=OPEN for the work still to do), minAge (ISO-8601 duration: P2D, PT4H: raised at least that"
                    + " long ago), pastDue (open and past its decision deadline). Page with limit (at most 200) and after:"
                    + " follow the Link header rel=\"next\" until there is none.")
    ResponseEntity<List<InboxItem>> list(@RequestParam(required = false) String supplier,
                                         @RequestParam(required = false) Set<ExceptionType> kind,
                                         @RequestParam(required = false) Set<ExceptionStatus> state,
                                         @RequestParam(required = false) @Parameter(description = "ISO-8601 duration, e.g. P2D") String minAge,
                                         @RequestParam(defaultValue = "false") boolean pastDue,
                                         @RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                         @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "inbox");
        InboxFilter filter = new InboxFilter(kind, state, supplier == null ? null : supplierId(supplier), null, pastDue);
        Instant raisedBefore = minAge == null ? null : clock.instant().minus(age(minAge));
        List<ExceptionView> fetched = cursor == null ? inbox.searchAfter(filter, raisedBefore, null, null, pageSize + 1)
                : inbox.searchAfter(filter, raisedBefore, ApiParameters.instant(cursor.value()), ApiParameters.uuid(cursor.id()),
                pageSize + 1);
        ApiPaging.Page<ExceptionView> page = ApiPaging.Page.of(fetched, pageSize,
                exception -> new ApiCursor("inbox", exception.raisedAt().toString(), exception.id().toString()), request);
        Map<TenantId, String> keys = new HashMap<>();
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream()
                .map(exception -> InboxItem.of(exception, keys.computeIfAbsent(exception.tenantId(), this::keyOf))).toList());
    }

    @GetMapping("/{exceptionId}")
    @PreAuthorize("hasAuthority('SCOPE_inbox:read')")
    @Operation(operationId = "getInboxException", summary = "One exception",
            description = "Its ETag is what a decision on it sends in If-Match.")
    ResponseEntity<InboxItem> get(@PathVariable UUID exceptionId) {
        InboxItem item = item(exceptionId);
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(item)).body(item);
    }

    @PostMapping("/{exceptionId}/approval")
    @PreAuthorize("hasAuthority('SCOPE_inbox:write')")
    @Operation(operationId = "approveInboxException", summary = "Approve the supplier's answer",
            description = "Its proposal becomes the commitment and goes to the ERP. If-Match: the exception's ETag as you"
                    + " last read it (428 without, 412 when it changed since); 409 when it is already decided.")
    ResponseEntity<InboxItem> approve(@PathVariable UUID exceptionId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      @Valid @RequestBody(required = false) Approval approval) {
        return decide(exceptionId, "inbox.approve", approval, ifMatch, idempotencyKey,
                () -> decisions.approve(exceptionId, approval == null ? null : approval.note()));
    }

    @PostMapping("/{exceptionId}/rejection")
    @PreAuthorize("hasAuthority('SCOPE_inbox:write')")
    @Operation(operationId = "rejectInboxException", summary = "Reject the supplier's answer",
            description = "The supplier must answer the line again; the reason is required and shown to them. If-Match:"
                    + " the exception's ETag as you last read it.")
    ResponseEntity<InboxItem> reject(@PathVariable UUID exceptionId,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                     @Valid @RequestBody Rejection rejection) {
        return decide(exceptionId, "inbox.reject", rejection, ifMatch, idempotencyKey,
                () -> decisions.reject(exceptionId, rejection.reason()));
    }

    @PostMapping("/{exceptionId}/counter-proposal")
    @PreAuthorize("hasAuthority('SCOPE_inbox:write')")
    @Operation(operationId = "counterInboxException", summary = "Propose other values to the supplier",
            description = "The supplier accepts or rejects them. 422 lists what is wrong by field (no value given, a date"
                    + " in the past, ...). If-Match: the exception's ETag as you last read it.")
    ResponseEntity<InboxItem> counter(@PathVariable UUID exceptionId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      @Valid @RequestBody CounterProposalRequest counter) {
        return decide(exceptionId, "inbox.counter", counter, ifMatch, idempotencyKey,
                () -> decisions.counter(exceptionId, counter.proposal(), counter.note()));
    }

    /**
     * A decision: If-Match required against the exception as it is, once per Idempotency-Key (a repeat answers as
     * the first and decides nothing); answered with the exception as it is now.
     */
    private ResponseEntity<InboxItem> decide(UUID exceptionId, String operation, Object body, String ifMatch,
                                             String idempotencyKey, Supplier<ExceptionView> decision) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, operation + ":" + exceptionId,
                ApiPreconditions.fingerprintOf(body == null ? "" : body), () -> {
                    ApiPreconditions.requireMatch(ifMatch, item(exceptionId));
                    decision.get();
                    return IdempotencyKeys.Answer.of(200, exceptionId);
                });
        InboxItem now = item(exceptionId);
        return AsnsApi.replayed(ResponseEntity.ok(), answer).eTag(ApiPreconditions.etag(now)).body(now);
    }

    private InboxItem item(UUID exceptionId) {
        ExceptionView exception = inbox.find(exceptionId);
        return InboxItem.of(exception, keyOf(exception.tenantId()));
    }

    private String keyOf(TenantId tenant) {
        return tenants.find(tenant).map(TenantSummary::key).orElse(null);
    }

    private TenantId supplierId(String key) {
        ApiParameters.requirePlainText("supplier", key);
        return tenants.findByKey(key).map(TenantSummary::id).orElseThrow(() -> new ApiParameters.InvalidParameterException(
                "supplier", "There is no supplier with the key '" + key + "'."));
    }

    private static Duration age(String text) {
        ApiParameters.requirePlainText("minAge", text);
        try {
            Duration age = Duration.parse(text.strip());
            if (!age.isNegative()) {
                return age;
            }
        } catch (DateTimeParseException notADuration) {
            // answered below
        }
        throw new ApiParameters.InvalidParameterException("minAge", "'" + text + "' is not an age: give an ISO-8601"
                + " duration such as P2D (two days) or PT4H (four hours).");
    }
}
