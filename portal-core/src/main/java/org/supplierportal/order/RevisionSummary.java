package org.supplierportal.order;

import java.time.Instant;

/** One entry of an order's revision history. */
public record RevisionSummary(int revision, long erpRevision, Instant receivedAt, int changeCount) {
}
