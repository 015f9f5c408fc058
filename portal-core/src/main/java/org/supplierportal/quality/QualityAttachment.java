package org.supplierportal.quality;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A stored file; its content is only read to download it (lists select the other columns). */
@Entity
@Table(name = "quality_attachment")
class QualityAttachment {

    @Id
    private UUID id;
    private UUID incidentId;
    @TenantId
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private StepKind stepKind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected QualityAttachment() {
    }

    QualityAttachment(UUID incidentId, UUID tenantId, StepKind stepKind, String fileName, String contentType, byte[] content,
                      String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.tenantId = tenantId; // the incident's supplier, also when a buyer attaches
        this.stepKind = stepKind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    UUID incidentId() {
        return incidentId;
    }

    AttachmentContent content() {
        return new AttachmentContent(fileName, contentType, content);
    }

    AttachmentView view() {
        return new AttachmentView(id, stepKind, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }
}
