package org.supplierportal.acknowledgment;

import java.util.List;

import org.supplierportal.order.OrderId;

/**
 * A supplier's acknowledgment of one revision of an order: an answer for every line that awaits one.
 *
 * @param revision       the revision the supplier looked at; a newer one in the meantime makes the answer stale
 * @param idempotencyKey the same key twice records one acknowledgment (double clicks, retried API calls)
 */
public record AcknowledgmentRequest(OrderId orderId, int revision, String idempotencyKey, String comment,
                                    List<LineAnswer> lines) {

    public AcknowledgmentRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
