package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderQueries;

/** Recorded acknowledgments, as the supplier (its own) or a buyer (all) may read them, with what became of each line. */
@Service
public class AcknowledgmentQueries {

    private final AcknowledgmentRepository acknowledgments;
    private final OrderQueries orders;

    AcknowledgmentQueries(AcknowledgmentRepository acknowledgments, OrderQueries orders) {
        this.acknowledgments = acknowledgments;
        this.orders = orders;
    }

    /** The acknowledgments of an order, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AcknowledgmentResult> historyOf(OrderId orderId) {
        OrderForAnswer order = orders.forAnswer(orderId);
        return acknowledgments.findByOrderIdOrderBySubmittedAtDesc(orderId.value()).stream()
                .map(acknowledgment -> acknowledgment.result(order)).toList();
    }

    /** One acknowledgment, if the current user may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AcknowledgmentResult> find(UUID acknowledgmentId) {
        return acknowledgments.findById(acknowledgmentId)
                .map(acknowledgment -> acknowledgment.result(orders.forAnswer(new OrderId(acknowledgment.orderId()))));
    }
}
