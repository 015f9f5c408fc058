package org.supplierportal.erp.inbound;

import java.time.Instant;
import java.util.UUID;

public record ParkedOrderView(UUID id, String sourceSystem, String erpId, String number, String partyCode,
                              String reason, String status, Instant parkedAt, Instant updatedAt) {
}
