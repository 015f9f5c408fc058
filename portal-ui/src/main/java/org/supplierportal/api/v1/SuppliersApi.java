package org.supplierportal.api.v1;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplierportal.api.v1.SuppliersModel.Limits;
import org.supplierportal.api.v1.SuppliersModel.PartLimits;
import org.supplierportal.api.v1.SuppliersModel.SupplierSummary;
import org.supplierportal.api.v1.SuppliersModel.SupplierTolerances;
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.onboarding.SupplierFiles;
import org.supplierportal.onboarding.TenantFile;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.TenantTolerances;
import org.supplierportal.tolerance.ToleranceService;

/**
 * Suppliers for the buyer side's systems: list them, read one as its tenant file would be, onboard a new one from
 * such a file's content (the same checks as the files in the tenants folder), and read and change its tolerances.
 */
@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Suppliers (buyers)", description = "Supplier companies in the tenant-file model, and their tolerances")
class SuppliersApi {

    private static final int MAX_SUPPLIER_BYTES = 1_000_000;

    private final TenantService tenants;
    private final SupplierFiles files;
    private final ToleranceService tolerances;
    private final TenantTolerances tenantTolerances;
    private final IdempotencyKeys idempotency;

    SuppliersApi(TenantService tenants, SupplierFiles files, ToleranceService tolerances, TenantTolerances tenantTolerances,
                 IdempotencyKeys idempotency) {
        this.tenants = tenants;
        this.files = files;
        this.tolerances = tolerances;
        this.tenantTolerances = tenantTolerances;
        this.idempotency = idempotency;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_suppliers:read')")
    @Operation(operationId = "listSuppliers", summary = "Suppliers by key",
            description = "Page with limit (at most 200) and after: follow the Link header rel=\"next\" until there is none.")
    ResponseEntity<List<SupplierSummary>> list(@RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                               @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "suppliers");
        // A portal has hundreds of suppliers, not millions: they are read whole and cut by key.
        List<TenantSummary> fetched = tenants.listAll().stream()
                .filter(tenant -> cursor == null || tenant.key().compareTo(cursor.value()) > 0)
                .sorted(Comparator.comparing(TenantSummary::key)).limit(pageSize + 1L).toList();
        ApiPaging.Page<TenantSummary> page = ApiPaging.Page.of(fetched, pageSize,
                tenant -> new ApiCursor("suppliers", tenant.key(), tenant.key()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(SupplierSummary::of).toList());
    }

    @GetMapping("/{key}")
    @PreAuthorize("hasAuthority('SCOPE_suppliers:read')")
    @Operation(operationId = "getSupplier", summary = "One supplier as its tenant file would be",
            description = "The fields of a tenants/ file (docs/tenant-files.md), as JSON; its active people without passwords.")
    ResponseEntity<TenantFile> get(@PathVariable String key) {
        TenantFile file = files.read(key).orElseThrow(() -> notFound(key));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(file)).body(file);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_suppliers:write')")
    @Operation(operationId = "onboardSupplier", summary = "Onboard a new supplier",
            description = "The body is a tenant file's content as JSON. 422 lists every problem by field (a field the"
                    + " file has not, a key taken, a"
                    + " party code another supplier has, a username in use, a value out of range); nothing is saved"
                    + " then. An existing supplier is never changed here. With an Idempotency-Key a repeat answers with"
                    + " the supplier the first request onboarded.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TenantFile.class)))
    ResponseEntity<TenantFile> onboard(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                       HttpServletRequest request) throws IOException {
        // Read as text, so the tenant files' strict reading applies (an unknown field is an error, not dropped), and
        // only so much of it: a tenant file is a few kilobytes.
        byte[] body = request.getInputStream().readNBytes(MAX_SUPPLIER_BYTES + 1);
        if (body.length > MAX_SUPPLIER_BYTES) {
            throw new ApiParameters.InvalidParameterException("body", "A supplier's description is at most 1 MB.");
        }
        String supplier = new String(body, StandardCharsets.UTF_8);
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "suppliers.onboard",
                ApiPreconditions.fingerprintOfBytes(body),
                () -> IdempotencyKeys.Answer.of(201, files.onboard(supplier).key()));
        TenantFile onboarded = files.read(answer.reference()).orElseThrow(() -> notFound(answer.reference()));
        return AsnsApi.replayed(ResponseEntity.created(URI.create("/api/v1/suppliers/" + onboarded.key())), answer)
                .eTag(ApiPreconditions.etag(onboarded)).body(onboarded);
    }

    @GetMapping("/{key}/tolerances")
    @PreAuthorize("hasAnyAuthority('SCOPE_suppliers:read', 'SCOPE_tolerances:write')")
    @Operation(operationId = "getSupplierTolerances", summary = "A supplier's tolerance limits",
            description = "Its own limits, the global defaults and the limits per part number. Its ETag is what a change"
                    + " sends in If-Match.")
    ResponseEntity<SupplierTolerances> getTolerances(@PathVariable String key) {
        SupplierTolerances current = tolerancesOf(supplier(key));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(current)).body(current);
    }

    @PutMapping("/{key}/tolerances")
    @PreAuthorize("hasAuthority('SCOPE_tolerances:write')")
    @Operation(operationId = "changeSupplierTolerances", summary = "Change a supplier's own tolerance limits",
            description = "All six, as they should be (null: the global default). Answers coming in from now on are"
                    + " evaluated with them. If-Match: the tolerances' ETag as you last read it (428 without, 412 when"
                    + " they changed since); 409 for a supplier a tenant file manages (change the file).")
    ResponseEntity<SupplierTolerances> changeTolerances(@PathVariable String key,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody Limits limits) {
        TenantSummary supplier = supplier(key);
        ApiPreconditions.requireMatch(ifMatch, tolerancesOf(supplier));
        tenantTolerances.change(supplier.id(), supplier.version(), limits.overrides());
        SupplierTolerances now = tolerancesOf(supplier(key));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(now)).body(now);
    }

    private SupplierTolerances tolerancesOf(TenantSummary supplier) {
        return new SupplierTolerances(supplier.key(), Limits.of(tolerances.supplierOverrides(supplier.id())),
                Limits.of(tolerances.globalDefaults()),
                tolerances.partOverrides(supplier.id()).stream().map(PartLimits::of).toList());
    }

    private TenantSummary supplier(String key) {
        return tenants.findByKey(key).orElseThrow(() -> notFound(key));
    }

    private static ApiParameters.NotFoundException notFound(String key) {
        return new ApiParameters.NotFoundException("supplier-not-found", "Supplier not found",
                "There is no supplier with the key '" + (key.length() > 100 ? key.substring(0, 100) + "…" : key) + "'.");
    }
}
