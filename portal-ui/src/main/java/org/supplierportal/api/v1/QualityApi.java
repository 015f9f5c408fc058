package org.supplierportal.api.v1;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supplierportal.input.DecimalLimit;
import org.supplierportal.quality.AttachmentContent;
import org.supplierportal.quality.AttachmentView;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityFilter;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepView;
import org.supplierportal.tenant.TenantService;

/**
 * Quality incidents and the supplier's answers: buyers open incidents and review steps, suppliers answer them; both
 * attach and download files. Steps are named containment, root-cause, corrective-action, preventive-action.
 */
@RestController
@RequestMapping("/api/v1/quality-incidents")
@Tag(name = "Quality incidents", description = "Defects reported to suppliers and their step-by-step answers")
@SecurityRequirement(name = "basic")
class QualityApi {

    private final QualityService quality;
    private final QualityQueries incidents;
    private final TenantService tenants;

    QualityApi(QualityService quality, QualityQueries incidents, TenantService tenants) {
        this.quality = quality;
        this.incidents = incidents;
        this.tenants = tenants;
    }

    /** What a buyer sends to open an incident; due dates left out follow from the severity. */
    record IncidentRequest(@Text(max = 64) String supplierKey, Severity severity, @Text(max = 200) String title,
                           @Text(max = 4000) String defect, @Text(max = 100) String partNumber,
                           @Text(max = 50) String orderNumber, Integer orderLineNumber, @Text(max = 30) String asnNumber,
                           @Text(max = 100) String lot, @Fits(DecimalLimit.SHIPPED_QUANTITY) BigDecimal quantityAffected,
                           @Text(max = 20) String unit, Map<String, Instant> dueDates) {
    }

    record Incident(UUID id, String number, String status, String supplier, String severity, String title, String defect,
                    String partNumber, String orderNumber, Integer orderLineNumber, String asnNumber, String lot,
                    BigDecimal quantityAffected, String unit, String openedBy, Instant openedAt, Instant closedAt,
                    List<Step> steps, List<Attachment> attachments) {

        record Step(String step, String status, Instant dueAt, String response, String respondedBy, Instant respondedAt,
                    String reviewComment, String reviewedBy, Instant reviewedAt) {
        }

        record Attachment(UUID id, String step, String fileName, String contentType, long sizeBytes, String uploadedBy,
                          Instant uploadedAt) {
        }

        static Incident of(IncidentView incident) {
            return new Incident(incident.id(), incident.number(), incident.status().name(), incident.supplierName(),
                    incident.severity().name(), incident.title(), incident.defect(), incident.partNumber(),
                    incident.orderNumber(), incident.orderLineNumber(), incident.asnNumber(), incident.lot(),
                    incident.quantityAffected(), incident.unit(), incident.openedBy(), incident.openedAt(),
                    incident.closedAt(), incident.steps().stream().map(Incident::step).toList(),
                    incident.attachments().stream().map(Incident::attachment).toList());
        }

        private static Step step(StepView step) {
            return new Step(step.kind().slug(), step.status().name(), step.dueAt(), step.response(), step.respondedBy(),
                    step.respondedAt(), step.reviewComment(), step.reviewedBy(), step.reviewedAt());
        }

        static Attachment attachment(AttachmentView file) {
            return new Attachment(file.id(), file.stepKind() == null ? null : file.stepKind().slug(), file.fileName(),
                    file.contentType(), file.sizeBytes(), file.uploadedBy(), file.uploadedAt());
        }
    }

    record Answer(@Text(max = 8000) String text) {
    }

    record Review(@Text(max = 2000) String comment) {
    }

    @GetMapping
    @Operation(summary = "Incidents you may see, newest first", description = "waitingForMe: those that need your"
            + " answer (suppliers) or review (buyers).")
    List<Incident> list(@RequestParam(defaultValue = "false") boolean openOnly,
                        @RequestParam(defaultValue = "false") boolean waitingForMe,
                        @RequestParam(required = false) String search) {
        ApiParameters.requirePlainText("search", search);
        return incidents.search(new QualityFilter(openOnly, waitingForMe, search)).stream().map(Incident::of).toList();
    }

    @GetMapping("/{incidentId}")
    @Operation(summary = "One incident with its steps and files")
    Incident get(@PathVariable UUID incidentId) {
        return Incident.of(incidents.find(incidentId));
    }

    @PostMapping
    @Operation(summary = "Open an incident (buyers)", description = "422 lists every problem by field; nothing is recorded.")
    ResponseEntity<Incident> open(@Valid @RequestBody IncidentRequest request) {
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        if (request.dueDates() != null) {
            request.dueDates().forEach((step, at) -> due.put(step(step), at));
        }
        IncidentDraft draft = new IncidentDraft(request.supplierKey() == null ? null : tenants.findByKey(request.supplierKey())
                .orElseThrow(() -> new InvalidIncidentException("supplierKey", "There is no supplier " + request.supplierKey() + "."))
                .id(), request.severity(), request.title(), request.defect(), request.partNumber(), request.orderNumber(),
                request.orderLineNumber(), request.asnNumber(), request.lot(), request.quantityAffected(), request.unit(), due);
        IncidentView opened = quality.open(draft);
        return ResponseEntity.created(URI.create("/api/v1/quality-incidents/" + opened.id())).body(Incident.of(opened));
    }

    @PostMapping("/{incidentId}/steps/{step}/response")
    @Operation(summary = "Answer a step (suppliers)", description = "While it is waiting for you: open or returned.")
    Incident respond(@PathVariable UUID incidentId, @PathVariable String step, @Valid @RequestBody Answer answer) {
        return Incident.of(quality.respond(incidentId, step(step), answer.text()));
    }

    @PostMapping("/{incidentId}/steps/{step}/acceptance")
    @Operation(summary = "Accept a submitted step (buyers)", description = "The incident closes when all four are accepted.")
    Incident accept(@PathVariable UUID incidentId, @PathVariable String step, @Valid @RequestBody(required = false) Review review) {
        return Incident.of(quality.accept(incidentId, step(step), review == null ? null : review.comment()));
    }

    @PostMapping("/{incidentId}/steps/{step}/return")
    @Operation(summary = "Return a submitted step to the supplier (buyers)", description = "The comment says what is missing.")
    Incident giveBack(@PathVariable UUID incidentId, @PathVariable String step, @Valid @RequestBody Review review) {
        return Incident.of(quality.returnStep(incidentId, step(step), review.comment()));
    }

    @PostMapping(path = "/{incidentId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file", description = "PDF, PNG, JPEG, GIF, XLSX, XLS, ODS or CSV, checked by content;"
            + " optional step to attach it to a step's answer.")
    ResponseEntity<Incident.Attachment> attach(@PathVariable UUID incidentId, @RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String step) throws IOException {
        AttachmentView saved = quality.attach(incidentId, step == null ? null : step(step), file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/quality-incidents/" + incidentId + "/attachments/" + saved.id()))
                .body(Incident.attachment(saved));
    }

    @GetMapping("/{incidentId}/attachments/{attachmentId}")
    @Operation(summary = "Download a file")
    ResponseEntity<byte[]> download(@PathVariable UUID incidentId, @PathVariable UUID attachmentId) {
        AttachmentContent file = incidents.download(incidentId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private static StepKind step(String slug) {
        return StepKind.fromSlug(slug).orElseThrow(() -> new InvalidIncidentException("step", "There is no step '" + slug
                + "'; steps are containment, root-cause, corrective-action and preventive-action."));
    }
}
