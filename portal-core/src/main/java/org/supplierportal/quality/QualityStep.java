package org.supplierportal.quality;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One step of the supplier's answer: its due time, the supplier's latest answer and the buyer's latest review. */
@Entity
@Table(name = "quality_step")
class QualityStep {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "incident_id")
    private QualityIncident incident;
    @TenantId
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private StepKind kind;
    @Enumerated(EnumType.STRING)
    private StepStatus status;
    private Instant dueAt;
    private String response;
    private String respondedBy;
    private Instant respondedAt;
    private String reviewComment;
    private String reviewedBy;
    private Instant reviewedAt;
    private int rounds;
    private Instant overdueRaisedAt;

    protected QualityStep() {
    }

    QualityStep(QualityIncident incident, StepKind kind, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.incident = incident;
        this.tenantId = incident.tenantId(); // buyers open incidents for a supplier: its tenant, not theirs
        this.kind = kind;
        this.status = StepStatus.OPEN;
        this.dueAt = dueAt;
    }

    void respond(String text, String by, Instant now) {
        response = text.strip();
        respondedBy = by;
        respondedAt = now;
        rounds++;
        status = StepStatus.SUBMITTED;
    }

    void review(boolean accept, String comment, String by, Instant now) {
        status = accept ? StepStatus.ACCEPTED : StepStatus.RETURNED;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        reviewedBy = by;
        reviewedAt = now;
    }

    void markOverdueRaised(Instant now) {
        overdueRaisedAt = now;
    }

    QualityIncident incident() {
        return incident;
    }

    StepKind kind() {
        return kind;
    }

    StepStatus status() {
        return status;
    }

    Instant dueAt() {
        return dueAt;
    }

    StepView view() {
        return new StepView(kind, status, dueAt, response, respondedBy, respondedAt, reviewComment, reviewedBy,
                reviewedAt, rounds);
    }
}
