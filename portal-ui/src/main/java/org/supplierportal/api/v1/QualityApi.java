package org.supplierportal.api.v1;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.supplierportal.api.v1.QualityModel.Answer;
import org.supplierportal.api.v1.QualityModel.Incident;
import org.supplierportal.api.v1.QualityModel.IncidentRequest;
import org.supplierportal.api.v1.QualityModel.Review;
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.quality.AttachmentContent;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityFilter;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.StepKind;
import org.supplierportal.tenant.TenantService;

/**
 * Quality incidents and the supplier's answers: buyers open incidents and review steps, suppliers answer them; both
 * attach and download files. Steps are named containment, root-cause, corrective-action, preventive-action.
 */
@RestController
@RequestMapping("/api/v1/quality-incidents")
@Tag(name = "Quality incidents", description = "Defects reported to suppliers and their step-by-step answers")
class QualityApi {

    private final QualityService quality;
    private final QualityQueries incidents;
    private final TenantService tenants;
    private final IdempotencyKeys idempotency;

    QualityApi(QualityService quality, QualityQueries incidents, TenantService tenants, IdempotencyKeys idempotency) {
        this.quality = quality;
        this.incidents = incidents;
        this.tenants = tenants;
        this.idempotency = idempotency;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_quality:read')")
    @Operation(operationId = "listQualityIncidents", summary = "Incidents you may see, newest first",
            description = "waitingForMe: those that need your answer (suppliers) or review (buyers). Page with limit (at"
                    + " most 200) and after: follow the Link header rel=\"next\" until there is none.")
    ResponseEntity<List<Incident>> list(@RequestParam(defaultValue = "false") boolean openOnly,
                                        @RequestParam(defaultValue = "false") boolean waitingForMe,
                                        @RequestParam(required = false) String search,
                                        @RequestParam(required = false) @Parameter(description = "The cursor of the next page, from the previous page's next link") String after,
                                        @RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        ApiParameters.requirePlainText("search", search);
        int pageSize = ApiPaging.limit(limit);
        ApiCursor cursor = ApiCursor.decode(after, "quality-incidents");
        QualityFilter filter = new QualityFilter(openOnly, waitingForMe, search);
        List<IncidentView> fetched = cursor == null ? incidents.searchAfter(filter, null, null, pageSize + 1)
                : incidents.searchAfter(filter, ApiParameters.instant(cursor.value()), ApiParameters.uuid(cursor.id()), pageSize + 1);
        ApiPaging.Page<IncidentView> page = ApiPaging.Page.of(fetched, pageSize,
                incident -> new ApiCursor("quality-incidents", incident.openedAt().toString(), incident.id().toString()), request);
        return ResponseEntity.ok().headers(page.headers()).body(page.items().stream().map(Incident::of).toList());
    }

    @GetMapping("/{incidentId}")
    @PreAuthorize("hasAuthority('SCOPE_quality:read')")
    @Operation(operationId = "getQualityIncident", summary = "One incident with its steps and files",
            description = "Its ETag is what answers and reviews of its steps send in If-Match.")
    ResponseEntity<Incident> get(@PathVariable UUID incidentId) {
        Incident incident = Incident.of(incidents.find(incidentId));
        return ResponseEntity.ok().eTag(ApiPreconditions.etag(incident)).body(incident);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_quality:write')")
    @Operation(operationId = "openQualityIncident", summary = "Open an incident (buyers)", description = "422 lists every"
            + " problem by field; nothing is recorded. With an Idempotency-Key a repeat answers with the incident the"
            + " first request opened.")
    ResponseEntity<Incident> open(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  @Valid @RequestBody IncidentRequest request) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "quality.open", ApiPreconditions.fingerprintOf(request),
                () -> IdempotencyKeys.Answer.of(201, quality.open(draft(request)).id()));
        Incident opened = Incident.of(incidents.find(UUID.fromString(answer.reference())));
        return AsnsApi.replayed(ResponseEntity.created(URI.create("/api/v1/quality-incidents/" + opened.id())), answer)
                .eTag(ApiPreconditions.etag(opened)).body(opened);
    }

    @PostMapping("/{incidentId}/steps/{step}/response")
    @PreAuthorize("hasAuthority('SCOPE_quality:write')")
    @Operation(operationId = "answerQualityStep", summary = "Answer a step (suppliers)", description = "While it is waiting"
            + " for you: open or returned. If-Match: the incident's ETag as you last read it (428 without, 412 when it"
            + " changed since).")
    ResponseEntity<Incident> respond(@PathVariable UUID incidentId, @PathVariable String step,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                     @Valid @RequestBody Answer answer) {
        StepKind kind = step(step);
        return change(incidentId, "quality.respond:" + kind, answer, ifMatch, idempotencyKey,
                () -> quality.respond(incidentId, kind, answer.text()));
    }

    @PostMapping("/{incidentId}/steps/{step}/acceptance")
    @PreAuthorize("hasAuthority('SCOPE_quality:write')")
    @Operation(operationId = "acceptQualityStep", summary = "Accept a submitted step (buyers)", description = "The incident"
            + " closes when all four are accepted. If-Match: the incident's ETag as you last read it.")
    ResponseEntity<Incident> accept(@PathVariable UUID incidentId, @PathVariable String step,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    @Valid @RequestBody(required = false) Review review) {
        StepKind kind = step(step);
        return change(incidentId, "quality.accept:" + kind, review, ifMatch, idempotencyKey,
                () -> quality.accept(incidentId, kind, review == null ? null : review.comment()));
    }

    @PostMapping("/{incidentId}/steps/{step}/return")
    @PreAuthorize("hasAuthority('SCOPE_quality:write')")
    @Operation(operationId = "returnQualityStep", summary = "Return a submitted step to the supplier (buyers)",
            description = "The comment says what is missing. If-Match: the incident's ETag as you last read it.")
    ResponseEntity<Incident> giveBack(@PathVariable UUID incidentId, @PathVariable String step,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      @Valid @RequestBody Review review) {
        StepKind kind = step(step);
        return change(incidentId, "quality.return:" + kind, review, ifMatch, idempotencyKey,
                () -> quality.returnStep(incidentId, kind, review.comment()));
    }

    @PostMapping(path = "/{incidentId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_quality:write')")
    @Operation(operationId = "attachQualityFile", summary = "Attach a file", description = "PDF, PNG, JPEG, GIF, XLSX,"
            + " XLS, ODS or CSV, checked by content; optional step to attach it to a step's answer. With an"
            + " Idempotency-Key a repeat answers with the file the first request attached.")
    ResponseEntity<Incident.Attachment> attach(@PathVariable UUID incidentId, @RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String step,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        StepKind kind = step == null ? null : step(step);
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename();
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, "quality.attach:" + incidentId,
                ApiPreconditions.fingerprintOfBytes(content, String.valueOf(name).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        String.valueOf(kind).getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                () -> IdempotencyKeys.Answer.of(201, quality.attach(incidentId, kind, name, content).id()));
        Incident.Attachment saved = incidents.find(incidentId).attachments().stream()
                .filter(attachment -> attachment.id().toString().equals(answer.reference())).findFirst()
                .map(Incident::attachment).orElseThrow();
        return AsnsApi.replayed(ResponseEntity.created(URI.create("/api/v1/quality-incidents/" + incidentId
                + "/attachments/" + saved.id())), answer).body(saved);
    }

    @GetMapping("/{incidentId}/attachments/{attachmentId}")
    @PreAuthorize("hasAuthority('SCOPE_quality:read')")
    @Operation(operationId = "downloadQualityFile", summary = "Download a file")
    ResponseEntity<byte[]> download(@PathVariable UUID incidentId, @PathVariable UUID attachmentId) {
        AttachmentContent file = incidents.download(incidentId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    /**
     * A change of a step: If-Match required against the incident as it is, once per Idempotency-Key; answered with
     * the incident as it is now.
     */
    private ResponseEntity<Incident> change(UUID incidentId, String operation, Object body, String ifMatch,
                                            String idempotencyKey, Runnable work) {
        IdempotencyKeys.Answer answer = idempotency.once(idempotencyKey, operation + ":" + incidentId,
                ApiPreconditions.fingerprintOf(body == null ? "" : body), () -> {
                    ApiPreconditions.requireMatch(ifMatch, Incident.of(incidents.find(incidentId)));
                    work.run();
                    return IdempotencyKeys.Answer.of(200, incidentId);
                });
        Incident now = Incident.of(incidents.find(incidentId));
        return AsnsApi.replayed(ResponseEntity.ok(), answer).eTag(ApiPreconditions.etag(now)).body(now);
    }

    private IncidentDraft draft(IncidentRequest request) {
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        if (request.dueDates() != null) {
            request.dueDates().forEach((step, at) -> due.put(step(step), at));
        }
        return new IncidentDraft(request.supplierKey() == null ? null : tenants.findByKey(request.supplierKey())
                .orElseThrow(() -> new InvalidIncidentException("supplierKey", "There is no supplier " + request.supplierKey() + "."))
                .id(), request.severity(), request.title(), request.defect(), request.partNumber(), request.orderNumber(),
                request.orderLineNumber(), request.asnNumber(), request.lot(), request.quantityAffected(), request.unit(), due);
    }

    private static StepKind step(String slug) {
        return StepKind.fromSlug(slug).orElseThrow(() -> new InvalidIncidentException("step", "There is no step '" + slug
                + "'; steps are containment, root-cause, corrective-action and preventive-action."));
    }
}
