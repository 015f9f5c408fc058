package org.supplierportal.erp.outbound;

import java.time.Instant;
import java.util.UUID;

public record OutboundMessageView(UUID id, String idempotencyKey, String kind, String subject, String status,
                                  int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                                  Instant sentAt) {
}
