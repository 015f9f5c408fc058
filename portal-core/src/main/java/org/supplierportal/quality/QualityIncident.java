package org.supplierportal.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/** A defect reported to a supplier, and the steps of the supplier's answer; closed when every step is accepted. */
@Entity
@Table(name = "quality_incident")
class QualityIncident {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String number;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    private IncidentSource source;
    private String sourceReference;
    private String title;
    private String defect;
    private String partNumber;
    private UUID orderId;
    private String orderNumber;
    private Integer orderLineNumber;
    private String asnNumber;
    private String lot;
    private BigDecimal quantityAffected;
    private String unit;
    private String openedBy;
    private Instant openedAt;
    private Instant closedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 100) // lists show the steps of many incidents
    private List<QualityStep> steps = new ArrayList<>();

    protected QualityIncident() {
    }

    static QualityIncident open(String number, IncidentDraft draft, UUID orderId, String partNumber, IncidentSource source,
                                Map<StepKind, Instant> dueDates, String by, Instant now) {
        QualityIncident incident = new QualityIncident();
        incident.id = UUID.randomUUID();
        incident.tenantId = draft.supplier().value();
        incident.number = number;
        incident.status = IncidentStatus.OPEN;
        incident.severity = draft.severity();
        incident.source = source;
        incident.title = draft.title().strip();
        incident.defect = draft.defect().strip();
        incident.partNumber = partNumber;
        incident.orderId = orderId;
        incident.orderNumber = blankToNull(draft.orderNumber());
        incident.orderLineNumber = draft.orderLineNumber();
        incident.asnNumber = blankToNull(draft.asnNumber());
        incident.lot = blankToNull(draft.lot());
        incident.quantityAffected = draft.quantityAffected();
        incident.unit = blankToNull(draft.unit());
        incident.openedBy = by;
        incident.openedAt = now;
        for (StepKind kind : StepKind.values()) {
            incident.steps.add(new QualityStep(incident, kind, dueDates.get(kind)));
        }
        return incident;
    }

    /** An incident the ERP raised, e.g. for a receipt incoming inspection rejected; {@code reference} names it, once. */
    static QualityIncident fromErp(String number, String reference, IncidentDraft draft, UUID orderId, String partNumber,
                                   Map<StepKind, Instant> dueDates, Instant now) {
        QualityIncident incident = open(number, draft, orderId, partNumber, IncidentSource.ERP, dueDates,
                ExplanationText.of(Explanation.of("quality.openedBy.erpReceipt")), now);
        incident.sourceReference = reference;
        return incident;
    }

    QualityStep step(StepKind kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
    }

    void respond(StepKind kind, String text, String by, Instant now) {
        step(kind).respond(text, by, now);
    }

    /** Returns whether this review closed the incident. */
    boolean review(StepKind kind, boolean accept, String comment, String by, Instant now) {
        step(kind).review(accept, comment, by, now);
        if (steps.stream().allMatch(step -> step.status() == StepStatus.ACCEPTED)) {
            status = IncidentStatus.CLOSED;
            closedAt = now;
            return true;
        }
        return false;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String number() {
        return number;
    }

    IncidentStatus status() {
        return status;
    }

    /** The title to word per reader: see {@link #view}. */
    Explanation titleWords() {
        return words(title);
    }

    String partNumber() {
        return partNumber;
    }

    UUID orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    IncidentView view(String supplierName, List<AttachmentView> attachments) {
        Explanation titleWords = words(title);
        Explanation defectWords = words(defect);
        Explanation openedByWords = words(openedBy);
        return new IncidentView(id, new org.supplierportal.tenancy.TenantId(tenantId), supplierName, number, status,
                severity, source, titleWords.english(), defectWords.english(), partNumber,
                orderId == null ? null : new org.supplierportal.order.OrderId(orderId), orderNumber, orderLineNumber,
                asnNumber, lot, quantityAffected, unit, openedByWords.english(), openedAt, closedAt, version == null ? 0 : version,
                steps.stream().sorted(Comparator.comparing(QualityStep::kind)).map(QualityStep::view).toList(),
                attachments, titleWords, defectWords, openedByWords);
    }

    /**
     * The ERP's incidents keep the portal's words as keys with values (see {@link QualityService#openFromReceipt});
     * a buyer's are what the buyer wrote, whatever it looks like.
     */
    private Explanation words(String stored) {
        return source == IncidentSource.ERP ? ExplanationText.readOrAsStored(stored) : ExplanationText.asStored(stored);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
