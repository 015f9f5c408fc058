package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.input.DecimalLimit;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;

/** Advance shipping notices: send, read, cancel. The same rules as the screens: what is open, one ship-to, packed fully. */
@RestController
@RequestMapping("/api/v1/asns")
@Tag(name = "ASNs", description = "Advance shipping notices for your company's order lines")
class AsnsApi {

    private final AsnService asns;
    private final AsnQueries queries;
    private final IdempotencyKeys idempotency;

    AsnsApi(AsnService asns, AsnQueries queries, IdempotencyKeys idempotency) {
        this.asns = asns;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    /** An ASN as sent. {@code packages[].contents[].line} is the 1-based position of the line in {@code lines}. */
    record AsnRequest(LocalDate shipDate, LocalDate expectedArrival, @Text(max = 100) String carrier,
                      @Text(max = 100) String trackingNumber, @Text(max = 100) String billOfLading,
                      List<@Valid Line> lines, List<@Valid Package> packages) {

        /** @param serialNumbers each checked by the ASN rules (at most 100 characters, plain text) */
        record Line(UUID orderId, int lineNumber, @Fits(DecimalLimit.SHIPPED_QUANTITY) BigDecimal quantity,
                    @Text(max = 100) String lot, List<String> serialNumbers) {
        }

        record Package(@Text(max = 30) String type, @Fits(DecimalLimit.WEIGHT_KG) BigDecimal grossWeightKg,
                       List<@Valid Content> contents) {
        }

        record Content(int line, @Fits(DecimalLimit.SHIPPED_QUANTITY) BigDecimal quantity) {
        }

        AsnDraft draft() {
            return new AsnDraft(shipDate, expectedArrival, carrier, trackingNumber, billOfLading,
                    lines == null ? List.of() : lines.stream().map(line -> new AsnDraft.Line(line.orderId(), line.lineNumber(),
                            line.quantity(), line.lot(), line.serialNumbers())).toList(),
                    packages == null ? List.of() : packages.stream().map(pack -> new AsnDraft.Package(pack.type(),
                            pack.grossWeightKg(), pack.contents() == null ? List.of() : pack.contents().stream()
                            .map(content -> new AsnDraft.Content(content.line(), content.quantity())).toList())).toList());
        }
    }

    record Asn(UUID id, String number, int version, String status, String supplier, LocalDate shipDate,
               LocalDate expectedArrival, String carrier, String trackingNumber, String billOfLading, String shipTo,
               List<Line> lines, List<Package> packages) {

        record Line(int lineNo, UUID orderId, String orderNumber, int lineNumber, String partNumber, BigDecimal quantity,
                    String unit, String lot, List<String> serialNumbers, BigDecimal receivedQuantity) {
        }

        record Package(int number, String sscc, String type, BigDecimal grossWeightKg, List<AsnRequest.Content> contents) {
        }

        static Asn of(AsnView asn) {
            return new Asn(asn.id(), asn.number(), asn.asnVersion(), asn.status().name(), asn.supplierName(), asn.shipDate(),
                    asn.expectedArrival(), asn.carrier(), asn.trackingNumber(), asn.billOfLading(), asn.shipTo(),
                    asn.lines().stream().map(Asn::line).toList(), asn.packages().stream().map(Asn::pack).toList());
        }

        private static Line line(AsnLineView line) {
            return new Line(line.lineNo(), line.orderId().value(), line.orderNumber(), line.orderLineNumber(),
                    line.partNumber(), line.quantity(), line.unit(), line.lot(), line.serials(), line.receivedQuantity());
        }

        private static Package pack(AsnPackage pack) {
            return new Package(pack.number(), pack.sscc(), pack.type(), pack.grossWeightKg(), pack.contents().stream()
                    .map(content -> new AsnRequest.Content(content.line(), content.quantity())).toList());
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_asns:write')")
    @Operation(operationId = "sendAsn", summary = "Send an ASN", description = "422 lists every problem by field"
            + " (lines[0].quantity, shipDate, ...) and nothing is recorded. Packages get SSCCs from your GS1 company prefix."
            + " Send an Idempotency-Key: the same key and body again answer with the ASN the first request made"
            + " (Idempotent-Replayed: true) instead of sending a second one.")
    ResponseEntity<Asn> create(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                               @Valid @RequestBody AsnRequest request) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "asn.create", ApiPreconditions.fingerprintOf(request),
                () -> IdempotencyKeys.Answer.of(201, asns.create(request.draft()).id()));
        Asn sent = Asn.of(queries.find(UUID.fromString(answer.reference())));
        return replayed(ResponseEntity.created(URI.create("/api/v1/asns/" + sent.id())), answer).eTag(ApiPreconditions.etag(sent)).body(sent);
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('SCOPE_asns:write', 'SCOPE_orders:read')")
    @Operation(operationId = "listAsns", summary = "Your ASNs, newest ship date first",
            description = "Page with limit (at most 200) and after: follow the Link header rel=\"next\" until there is none.")
    ResponseEntity<List<Asn>> list(@RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                   @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "asns");
        List<AsnView> fetched = cursor == null ? queries.newest(pageSize + 1)
                : queries.newestAfter(ApiParameters.date(cursor.value()), cursor.id(), pageSize + 1);
        ApiPaging.Page<AsnView> page = ApiPaging.Page.of(fetched, pageSize,
                asn -> new ApiCursor("asns", asn.shipDate().toString(), asn.number()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(Asn::of).toList());
    }

    @GetMapping("/{asnId}")
    @PreAuthorize("hasAnyAuthority('SCOPE_asns:write', 'SCOPE_orders:read')")
    @Operation(operationId = "getAsn", summary = "One ASN, with what was received of each line",
            description = "Its ETag is what a cancellation sends in If-Match.")
    ResponseEntity<Asn> get(@PathVariable UUID asnId) {
        Asn asn = Asn.of(queries.find(asnId));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(asn)).body(asn);
    }

    @PostMapping("/{asnId}/cancellation")
    @PreAuthorize("hasAuthority('SCOPE_asns:write')")
    @Operation(operationId = "cancelAsn", summary = "Cancel an ASN not yet received", description = "If-Match: the ETag of"
            + " the ASN as you last read it (428 without it, 412 when it changed since). 409 once the goods were received."
            + " With an Idempotency-Key a repeat answers as the first cancellation did.")
    ResponseEntity<Asn> cancel(@PathVariable UUID asnId,
                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "asn.cancel", asnId.toString(), () -> {
            ApiPreconditions.requireMatch(ifMatch, Asn.of(queries.find(asnId)));
            return IdempotencyKeys.Answer.of(200, asns.cancel(asnId).id());
        });
        Asn cancelled = Asn.of(queries.find(asnId));
        return replayed(ResponseEntity.ok(), answer).eTag(ApiPreconditions.etag(cancelled)).body(cancelled);
    }

    /** Marks an answer given again for a repeated Idempotency-Key. */
    static ResponseEntity.BodyBuilder replayed(ResponseEntity.BodyBuilder response, IdempotencyKeys.Answer answer) {
        return answer.repeated() ? response.header("Idempotent-Replayed", "true") : response;
    }
}
