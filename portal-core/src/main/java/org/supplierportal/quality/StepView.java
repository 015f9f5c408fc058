package org.supplierportal.quality;

import java.time.Instant;

/** A step as the screens and the API show it. */
public record StepView(StepKind kind, StepStatus status, Instant dueAt, String response, String respondedBy,
                       Instant respondedAt, String reviewComment, String reviewedBy, Instant reviewedAt, int rounds) {

    /** Still the supplier's turn after its due time. */
    public boolean isOverdue(Instant now) {
        return status.awaitsSupplier() && now.isAfter(dueAt);
    }
}
