package org.supplierportal.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDesc(String subjectType, String subjectId);

    List<AuditEntry> findBySubjectTypeAndSubjectIdAndTenantIdOrderByOccurredAtDesc(String subjectType, String subjectId,
                                                                                 UUID tenantId);
}
