package org.supplierportal.acknowledgment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.supplierportal.order.OrderId;
import org.supplierportal.tolerance.LineEvaluation;

/** A recorded acknowledgment and what became of each line. */
public record AcknowledgmentResult(UUID acknowledgmentId, OrderId orderId, String orderNumber, int revision,
                                   Instant submittedAt, String submittedBy, String comment, List<LineOutcome> lines) {

    public long committedCount() {
        return lines.stream().filter(line -> line.outcome() == LineEvaluation.Outcome.COMMIT).count();
    }

    public long toBuyerCount() {
        return lines.size() - committedCount();
    }
}
