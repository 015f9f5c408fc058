package org.supplierportal.inbox;

import java.time.Instant;
import java.util.UUID;

/** What every new exception starts with: whose it is, when it was raised and by when a buyer should decide. */
record Opening(UUID tenantId, String supplierName, Instant raisedAt, Instant dueAt) {
}
