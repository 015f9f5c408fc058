package org.supplierportal.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit entry as screens show it; before and after are JSON documents, or null.
 *
 * @param bySystem          made by the portal itself (an import, a schedule), not by a person: {@code actor} then says
 *                          which of its jobs, in English
 * @param summarySentences  the summary as {@link AuditSummary#sentences()} keeps it, or null (English only)
 */
public record AuditRecord(UUID id, Instant occurredAt, String actor, boolean bySystem, AuditAction action,
                          String subjectType, String subjectId, String summary, String summarySentences, String before,
                          String after) {
}
