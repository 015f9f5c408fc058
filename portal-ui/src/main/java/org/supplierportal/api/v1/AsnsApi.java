package org.supplierportal.api.v1;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
@SecurityRequirement(name = "basic")
class AsnsApi {

    private final AsnService asns;
    private final AsnQueries queries;

    AsnsApi(AsnService asns, AsnQueries queries) {
        this.asns = asns;
        this.queries = queries;
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
    @Operation(summary = "Send an ASN", description = "422 lists every problem by field (lines[0].quantity, shipDate, ...)"
            + " and nothing is recorded. Packages get SSCCs from your GS1 company prefix.")
    ResponseEntity<Asn> create(@Valid @RequestBody AsnRequest request) {
        AsnView sent = asns.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/asns/" + sent.id())).body(Asn.of(sent));
    }

    @GetMapping
    @Operation(summary = "Your ASNs, newest first")
    List<Asn> list(@RequestParam(defaultValue = "50") int limit) {
        return queries.newest(Math.max(1, Math.min(200, limit))).stream().map(Asn::of).toList();
    }

    @GetMapping("/{asnId}")
    @Operation(summary = "One ASN, with what was received of each line")
    Asn get(@PathVariable UUID asnId) {
        return Asn.of(queries.find(asnId));
    }

    @PostMapping("/{asnId}/cancellation")
    @Operation(summary = "Cancel an ASN not yet received", description = "409 once the goods were received.")
    Asn cancel(@PathVariable UUID asnId) {
        return Asn.of(asns.cancel(asnId));
    }
}
