package org.supplierportal.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.PersistableEntity;

/** One recorded change. Never updated: the table grants the application no UPDATE. */
@Entity
@Table(name = "audit_entry")
class AuditEntry extends PersistableEntity {

    @Id
    private UUID id;
    // Not @TenantId: entries about buyers and admins belong to no tenant; row-level security still applies.
    private UUID tenantId;
    private Instant occurredAt;
    private UUID actorId;
    private String actorName;
    private String action;
    private String subjectType;
    private String subjectId;
    private String summary;
    private String summarySentences;
    @Column(name = "before_state")
    private String before;
    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(UUID tenantId, Instant occurredAt, UUID actorId, String actorName, String action, String subjectType,
               String subjectId, AuditSummary summary, String before, String after) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.english();
        this.summarySentences = summary.sentences();
        this.before = before;
        this.after = after;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorName, CurrentUser.SYSTEM_USER_ID.equals(actorId), AuditAction.valueOf(action),
                subjectType, subjectId, summary, summarySentences, before, after);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
