package org.supplierportal.quality;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QualityAttachmentRepository extends JpaRepository<QualityAttachment, UUID> {

    /** The incident's files without their content. */
    @Query("select new org.supplierportal.quality.AttachmentView(a.id, a.stepKind, a.fileName, a.contentType, a.sizeBytes,"
            + " a.uploadedBy, a.uploadedAt) from QualityAttachment a where a.incidentId = ?1 order by a.uploadedAt, a.id")
    List<AttachmentView> listOf(UUID incidentId);
}
