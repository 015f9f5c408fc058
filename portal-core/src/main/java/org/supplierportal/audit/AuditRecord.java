package org.supplierportal.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as screens show it; before and after are JSON documents, or null. */
public record AuditRecord(UUID id, Instant occurredAt, String actor, AuditAction action, String subjectType,
                          String subjectId, String summary, String before, String after) {
}
