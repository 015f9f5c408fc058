package org.supplierportal.quality;

import org.supplierportal.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * Quality incidents: buyers open them and review the answers; suppliers answer step by step; both attach files and
 * read them. Isolation is the usual one: a supplier's queries only reach its own incidents.
 */
@Service
@EnableConfigurationProperties(QualityProperties.class)
public class QualityService {

    static final int LIST_LIMIT = 500;

    private final QualityIncidentRepository incidents;
    private final QualityAttachmentRepository attachments;
    private final OrderQueries orders;
    private final AsnService asns;
    private final TenantService tenants;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final QualityProperties properties;
    private final QualityDeadlines deadlines;
    private final Clock clock;

    QualityService(QualityIncidentRepository incidents, QualityAttachmentRepository attachments, OrderQueries orders,
                   AsnService asns, TenantService tenants, CurrentUsers currentUsers, AuditLog auditLog,
                   ApplicationEventPublisher events, EntityManager entityManager, QualityProperties properties,
                   Clock clock) {
        this.incidents = incidents;
        this.attachments = attachments;
        this.orders = orders;
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
        if (draft.supplier() != null && supplier.isEmpty()) {
            problems.add(new QualityProblem("supplier", "There is no such supplier."));
        }
        String partNumber = QualityRules.blank(draft.partNumber()) ? null : draft.partNumber().strip();
        java.util.UUID orderId = null;
        if (supplier.isPresent() && !QualityRules.blank(draft.orderNumber())) {
            List<ShippableLine> lines = orders.linesOfSupplierOrder(supplier.get().id(), draft.orderNumber().strip());
            if (lines.isEmpty()) {
                problems.add(new QualityProblem("orderNumber", supplier.get().name() + " has no PO " + draft.orderNumber().strip() + "."));
            } else {
                orderId = lines.getFirst().orderId().value();
                if (draft.orderLineNumber() != null) {
                    Optional<ShippableLine> line = lines.stream()
                            .filter(candidate -> candidate.lineNumber() == draft.orderLineNumber()).findFirst();
                    if (line.isEmpty()) {
                        problems.add(new QualityProblem("orderLineNumber", "PO " + draft.orderNumber().strip()
                                + " has no line " + draft.orderLineNumber() + "."));
                    } else if (partNumber == null) {
                        partNumber = line.get().partNumber();
                    } else if (!partNumber.equals(line.get().partNumber())) {
                        problems.add(new QualityProblem("partNumber", "Line " + draft.orderLineNumber() + " of PO "
                                + draft.orderNumber().strip() + " is part " + line.get().partNumber() + ", not " + partNumber + "."));
                    }
                }
            }
        }
        if (supplier.isPresent() && !QualityRules.blank(draft.asnNumber())
                && asns.findByNumber(draft.asnNumber().strip()).filter(asn -> asn.tenantId().equals(supplier.get().id())).isEmpty()) {
            problems.add(new QualityProblem("asnNumber", supplier.get().name() + " has sent no ASN " + draft.asnNumber().strip() + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
        String number = "QI-" + String.format("%06d", ((Number) entityManager
                .createNativeQuery("select nextval('quality_incident_number_seq')").getSingleResult()).longValue());
        QualityIncident incident = incidents.save(QualityIncident.open(number, draft, orderId, partNumber,
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
        String quantity = event.rejected().stripTrailingZeros().toPlainString() + (event.unit() == null ? "" : " " + event.unit());
        IncidentDraft draft = new IncidentDraft(event.tenantId(), Severity.MAJOR, "Rejected at goods receipt: " + event.partNumber(),
                quantity + " of " + event.received().stripTrailingZeros().toPlainString() + " received on " + event.receivedOn()
                        + " rejected by incoming inspection" + (event.reason() == null || event.reason().isBlank() ? "."
                        : ": " + event.reason().strip()), event.partNumber(), event.orderNumber(), event.lineNumber(),
                event.asnNumber(), null, event.rejected(), event.unit(), Map.of());
        String number = "QI-" + String.format("%06d", ((Number) entityManager
                .createNativeQuery("select nextval('quality_incident_number_seq')").getSingleResult()).longValue());
        QualityIncident incident = incidents.save(QualityIncident.fromErp(number, reference, draft,
                event.orderId().value(), event.partNumber(), deadlines.dueDates(Severity.MAJOR, now), now));
        auditLog.record(event.tenantId(), AuditAction.QUALITY_INCIDENT_OPENED, "QualityIncident", number, "Quality incident "
                + number + " opened from a rejected receipt of PO " + event.orderNumber() + " line " + event.lineNumber(), null, null);
        events.publishEvent(new QualityEvents.IncidentOpened(event.tenantId(), incident.id(), number));
    }

    /** The incidents the current user may see, newest first (at most {@value #LIST_LIMIT}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> search(QualityFilter filter) {
        return searchAfter(filter, null, null, LIST_LIMIT);
    }

    /**
     * A page of {@link #search}: the incidents after the one opened at {@code afterOpenedAt} with {@code afterId}
     * (keyset paging; both null for the first page).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> searchAfter(QualityFilter filter, Instant afterOpenedAt, UUID afterId, int limit) {
        String pattern = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // Whose turn: a supplier's is an answer to give (open or returned steps), a buyer's an answer to review.
        java.util.Set<StepStatus> turn = !filter.myTurnOnly() ? java.util.EnumSet.allOf(StepStatus.class)
                : currentUsers.require().isCrossTenant() ? java.util.EnumSet.of(StepStatus.SUBMITTED)
                : java.util.EnumSet.of(StepStatus.OPEN, StepStatus.RETURNED);
        Map<UUID, String> names = new HashMap<>();
        return incidents.search(filter.openOnly() || filter.myTurnOnly(), pattern, turn, afterOpenedAt, afterId,
                        PageRequest.of(0, Math.min(limit, LIST_LIMIT))).stream()
                .map(incident -> incident.view(names.computeIfAbsent(incident.tenantId(), this::supplierName), List.of()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IncidentView find(UUID id) {
        QualityIncident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        return incident.view(supplierName(incident.tenantId()), attachments.listOf(id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<IncidentView> findByNumber(String number) {
        return incidents.findByNumber(number).map(incident -> find(incident.id()));
    }

    /** Incidents about an order, for the order's page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IncidentView> ofOrder(org.supplierportal.order.OrderId order) {
        return incidents.ofOrder(order.value()).stream().map(incident -> incident.view(null, List.of())).toList();
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
        events.publishEvent(new QualityEvents.StepAnswered(tenant, id, incident.number(), kind));
        return find(id);
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
        return find(id);
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
            throw new InvalidIncidentException("file", "The incident is closed; no more files can be added.");
        }
        String name = AttachmentRules.cleanName(fileName);
        AttachmentRules.Check check = AttachmentRules.check(name, content, maxAttachmentBytes());
        if (!check.ok()) {
            throw new InvalidIncidentException("file", check.problem());
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

    /** A file of an incident the current user may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttachmentContent download(UUID incidentId, UUID attachmentId) {
        return attachments.findById(attachmentId).filter(attachment -> attachment.incidentId().equals(incidentId))
                .map(QualityAttachment::content)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId + "/" + attachmentId));
    }

    /** What needs doing about quality for the current user: their own supplier's, or all for buyers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QualityDashboard dashboard() {
        long due = 0;
        long overdue = 0;
        long toReview = 0;
        for (Object[] row : incidents.stepCounts(clock.instant())) {
            StepStatus status = (StepStatus) row[0];
            if (status.awaitsSupplier()) {
                due += (Long) row[1];
                overdue += ((Number) row[2]).longValue();
            } else if (status == StepStatus.SUBMITTED) {
                toReview += (Long) row[1];
            }
        }
        return new QualityDashboard(due, overdue, toReview, incidents.countByStatus(IncidentStatus.OPEN));
    }

    /** Open incidents per supplier, for the buyers' supplier figures. */
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<TenantId, Long> openIncidentsPerSupplier() {
        Map<TenantId, Long> open = new HashMap<>();
        incidents.openPerSupplier().forEach(row -> open.put(new TenantId((UUID) row[0]), (Long) row[1]));
        return open;
    }

    private String supplierName(UUID tenant) {
        CurrentUser user = currentUsers.require();
        if (!user.isCrossTenant()) {
            return user.tenantName();
        }
        return tenants.find(new TenantId(tenant)).map(TenantSummary::name).orElse("Unknown supplier");
    }
}
