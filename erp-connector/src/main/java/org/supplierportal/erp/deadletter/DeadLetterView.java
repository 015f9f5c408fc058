package org.supplierportal.erp.deadletter;

import java.time.Instant;
import java.util.UUID;

/** A dead letter as the monitor shows it. */
public record DeadLetterView(UUID id, String direction, String kind, String sourceSystem, String recordKey,
                             String subject, String payload, String error, int attempts, String history,
                             String status, Instant createdAt, Instant updatedAt) {
}
