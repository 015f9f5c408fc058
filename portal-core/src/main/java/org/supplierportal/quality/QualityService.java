package org.supplierportal.quality;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.OrderLineQueries;
import org.supplierportal.order.OrderWords;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * Quality incidents: buyers open them and review the answers; suppliers answer step by step; both attach files.
 * Isolation is the usual one: a supplier's changes only reach its own incidents. Reading them is {@link QualityQueries}.
 */
@Service
@EnableConfigurationProperties(QualityProperties.class)
public class QualityService {

    private final QualityIncidentRepository incidents;
    private final QualityQueries queries;
    private final OrderLineQueries orderLines;
    private final AsnQueries asns;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final QualityProperties properties;
    private final QualityDeadlines deadlines;
    private final Clock clock;

    QualityService(QualityIncidentRepository incidents, QualityQueries queries, OrderLineQueries orderLines,
                   AsnQueries asns, TenantService tenants, CurrentUsers currentUsers, AuditLog auditLog,
                   ApplicationEventPublisher events, EntityManager entityManager, QualityProperties properties,
                   Clock clock) {
        this.incidents = incidents;
        this.queries = queries;
        this.orderLines = orderLines;
        this.asns = asns;
        this.tenants = tenants;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
        this.events = events;
        this.entityManager = entityManager;
        this.properties = properties;
        this.deadlines = new QualityDeadlines(properties.deadlines());
        this.clock = clock;
    }

    /** The due dates an incident of this severity opened now would get, to show them before it is opened. */
    public Map<StepKind, Instant> defaultDueDates(Severity severity) {
        return deadlines.dueDates(severity, clock.instant());
    }

    public long maxAttachmentBytes() {
        return properties.maxAttachmentSize().toBytes();
    }

    /** Opens an incident against a supplier; its order line, ASN and part are checked against the supplier's own. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public IncidentView open(IncidentDraft draft) {
        Instant now = clock.instant();
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        if (draft.severity() != null) {
            due.putAll(deadlines.dueDates(draft.severity(), now));
        }
        due.putAll(draft.dueDates());
        List<QualityProblem> problems = new ArrayList<>(QualityRules.checkIncident(draft, due, now));
        Optional<TenantSummary> supplier = draft.supplier() == null ? Optional.empty() : tenants.find(draft.supplier());
        IncidentReferenceCheck.Result references = IncidentReferenceCheck.check(draft, references(draft, supplier));
        problems.addAll(references.problems());
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
        String number = nextNumber();
        QualityIncident incident = incidents.save(QualityIncident.open(number, draft, references.orderId(), references.partNumber(),
                IncidentSource.BUYER, due, currentUsers.require().displayName(), now));
        IncidentView view = incident.view(supplier.get().name(), List.of());
        auditLog.record(supplier.get().id(), AuditAction.QUALITY_INCIDENT_OPENED, "QualityIncident", number, "Quality incident "
                + number + " (" + draft.severity().label().toLowerCase() + ") opened: " + view.title(), null, null);
        events.publishEvent(new QualityEvents.IncidentOpened(supplier.get().id(), view.id(), number));
        return view;
    }

    /**
     * Incoming inspection rejected part of a receipt: an incident for the supplier, opened by the ERP, once per
     * receipt. Major by default; the buyer can follow it up like any other.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void openFromReceipt(org.supplierportal.shipment.ShipmentEvents.ReceiptRejected event) {
        String reference = "receipt:" + event.sourceSystem() + ":" + event.erpReceiptId();
        if (incidents.existsBySourceReference(reference)) {
            return;
        }
        Instant now = clock.instant();
        // The portal's words, kept as keys with values (see QualityIncident#view); the inspector's reason as written.
        Explanation rejected = OrderWords.quantity(event.rejected(), event.unit());
        Explanation defect = event.reason() == null || event.reason().isBlank()
                ? Explanation.of("quality.fromReceipt.defect", rejected, event.received(), event.receivedOn())
                : Explanation.of("quality.fromReceipt.defect.reason", rejected, event.received(), event.receivedOn(),
                        event.reason().strip());
        IncidentDraft draft = new IncidentDraft(event.tenantId(), Severity.MAJOR,
                ExplanationText.of(Explanation.of("quality.fromReceipt.title", event.partNumber())), ExplanationText.of(defect),
                event.partNumber(), event.orderNumber(), event.lineNumber(), event.asnNumber(), null, event.rejected(),
                event.unit(), Map.of());
        String number = nextNumber();
        QualityIncident incident = incidents.save(QualityIncident.fromErp(number, reference, draft,
                event.orderId().value(), event.partNumber(), deadlines.dueDates(Severity.MAJOR, now), now));
        auditLog.record(event.tenantId(), AuditAction.QUALITY_INCIDENT_OPENED, "QualityIncident", number, "Quality incident "
                + number + " opened from a rejected receipt of PO " + event.orderNumber() + " line " + event.lineNumber(), null, null);
        events.publishEvent(new QualityEvents.IncidentOpened(event.tenantId(), incident.id(), number));
    }

    /** The supplier answers one step; the buyer reviews it next. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    @Transactional
    public IncidentView respond(UUID id, StepKind kind, String text) {
        QualityIncident incident = incidents.findForUpdate(id).orElseThrow(() -> new IncidentNotFoundException(id));
        List<QualityProblem> problems = QualityRules.checkResponse(incident.status(), kind, incident.step(kind).status(), text);
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
        CurrentUser me = currentUsers.require();
        incident.respond(kind, text, me.displayName(), clock.instant());
        TenantId tenant = new TenantId(incident.tenantId());
        auditLog.record(tenant, AuditAction.QUALITY_STEP_ANSWERED, "QualityIncident", incident.number(), kind.label() + " of "
                + incident.number() + " answered by " + me.displayName(), null, null);
        events.publishEvent(new QualityEvents.StepAnswered(tenant, id, incident.number(), kind,
                QualityInboxTexts.stepAnswered(kind)));
        return queries.find(id);
    }

    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public IncidentView accept(UUID id, StepKind kind, String comment) {
        return review(id, kind, true, comment);
    }

    /** The buyer sends a step back with what is missing; the supplier answers it again. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional
    public IncidentView returnStep(UUID id, StepKind kind, String comment) {
        return review(id, kind, false, comment);
    }

    /** What the portal knows of the order and ASN the draft names, looked up only for a supplier it knows. */
    private IncidentReferenceCheck.Facts references(IncidentDraft draft, Optional<TenantSummary> supplier) {
        if (supplier.isEmpty()) {
            return new IncidentReferenceCheck.Facts(null, List.of(), false);
        }
        TenantId id = supplier.get().id();
        List<ShippableLine> lines = QualityRules.blank(draft.orderNumber()) ? List.of()
                : orderLines.linesOfSupplierOrder(id, draft.orderNumber().strip());
        boolean asnSent = !QualityRules.blank(draft.asnNumber())
                && asns.findByNumber(draft.asnNumber().strip()).filter(asn -> asn.tenantId().equals(id)).isPresent();
        return new IncidentReferenceCheck.Facts(supplier.get().name(), lines, asnSent);
    }

    private IncidentView review(UUID id, StepKind kind, boolean accept, String comment) {
        QualityIncident incident = incidents.findForUpdate(id).orElseThrow(() -> new IncidentNotFoundException(id));
        List<QualityProblem> problems = QualityRules.checkReview(kind, incident.step(kind).status(), accept, comment);
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
        CurrentUser me = currentUsers.require();
        boolean closed = incident.review(kind, accept, comment, me.displayName(), clock.instant());
        auditLog.record(new TenantId(incident.tenantId()), accept ? AuditAction.QUALITY_STEP_ACCEPTED : AuditAction.QUALITY_STEP_RETURNED,
                "QualityIncident", incident.number(), kind.label() + " of " + incident.number() + (accept ? " accepted" : " returned")
                        + " by " + me.displayName() + (closed ? "; all steps accepted, incident closed" : ""), null, null);
        if (!accept) {
            events.publishEvent(new QualityEvents.StepReturned(new TenantId(incident.tenantId()), id, incident.number(), kind,
                    comment.strip(), incident.step(kind).dueAt(), clock.instant()));
        }
        if (closed) {
            events.publishEvent(new QualityEvents.IncidentClosed(new TenantId(incident.tenantId()), id, incident.number()));
        }
        return queries.find(id);
    }

    /**
     * Attaches a file to the incident or one of its steps, after checking its type by content and its size. Either
     * side may attach while the incident is open.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttachmentView attach(UUID id, StepKind step, String fileName, byte[] content) {
        QualityIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new InvalidIncidentException(List.of(QualityProblem.of("file", "quality.problem.closedForFiles")));
        }
        String name = AttachmentRules.cleanName(fileName);
        AttachmentRules.Check check = AttachmentRules.check(name, content, maxAttachmentBytes());
        if (!check.ok()) {
            throw new InvalidIncidentException(List.of(new QualityProblem("file", check.problem(), check.translatable())));
        }
        CurrentUser me = currentUsers.require();
        QualityAttachment attachment = new QualityAttachment(id, incident.tenantId(), step, name, check.contentType(), content,
                me.displayName(), clock.instant());
        entityManager.persist(attachment);
        auditLog.record(new TenantId(incident.tenantId()), AuditAction.QUALITY_FILE_ATTACHED, "QualityIncident", incident.number(),
                name + " attached to " + incident.number() + (step == null ? "" : " (" + step.label().toLowerCase() + ")")
                        + " by " + me.displayName(), null, null);
        return attachment.view();
    }

    private String nextNumber() {
        return "QI-" + String.format("%06d", ((Number) entityManager
                .createNativeQuery("select nextval('quality_incident_number_seq')").getSingleResult()).longValue());
    }
}
