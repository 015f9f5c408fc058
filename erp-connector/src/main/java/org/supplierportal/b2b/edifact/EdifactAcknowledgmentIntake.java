package org.supplierportal.b2b.edifact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.supplierportal.acknowledgment.AcknowledgmentResult;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.AlreadyAnsweredException;
import org.supplierportal.acknowledgment.InvalidAcknowledgmentException;
import org.supplierportal.acknowledgment.StaleRevisionException;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderNotFoundException;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderSort;
import org.supplierportal.order.OrderSummary;
import org.supplierportal.tenant.SftpLogin;

/**
 * One valid ORDRSP applied exactly as the supplier's answer on the screen: the order found among the partner's own
 * (as its EDI principal, so another supplier's PO is simply not there), mapped, and submitted to the same
 * {@link AcknowledgmentService}, so tolerances, the buyer inbox, stale-revision refusal and idempotency all apply.
 */
@Component
class EdifactAcknowledgmentIntake {

    private final OrderQueries orders;
    private final AcknowledgmentService acknowledgments;

    EdifactAcknowledgmentIntake(OrderQueries orders, AcknowledgmentService acknowledgments) {
        this.orders = orders;
        this.acknowledgments = acknowledgments;
    }

    record Applied(boolean applied, String summary, OrderId orderId, String orderNumber) {
    }

    Applied apply(EdifactMessage message, EdifactInterchange interchange, SftpLogin partner) {
        String number = OrdrspMapping.orderNumber(message);
        String what = "ORDRSP " + message.reference() + " for PO " + number;
        if (number.isEmpty()) {
            return new Applied(false, what + " refused: no RFF+ON names the PO it answers; nothing recorded", null, number);
        }
        Optional<OrderForAnswer> answered = find(number, partner);
        if (answered.isEmpty()) {
            return new Applied(false, what + " refused: " + partner.tenantName() + " has no order " + number
                    + "; nothing recorded", null, number);
        }
        OrderForAnswer order = answered.get();
        String key = "edifact:" + interchange.senderId() + ":" + interchange.controlReference() + ":" + message.reference();
        OrdrspMapping.Result mapped = OrdrspMapping.toRequest(message, order, key,
                "From the supplier's EDIFACT ORDRSP (interchange " + interchange.controlReference() + ")");
        if (!mapped.mapped()) {
            return new Applied(false, what + " refused: " + String.join("; ", mapped.problems()) + "; nothing recorded",
                    order.id(), number);
        }
        try {
            AcknowledgmentResult result = acknowledgments.submit(mapped.request());
            return new Applied(true, what + " revision " + result.revision() + " applied: " + result.committedCount()
                    + " confirmed, " + result.toBuyerCount() + " to the buyer", order.id(), number);
        } catch (InvalidAcknowledgmentException | StaleRevisionException | AlreadyAnsweredException e) {
            return new Applied(false, what + " refused: " + e.getMessage() + "; nothing recorded", order.id(), number);
        }
    }

    /** The partner's own order with that number; the search runs as its EDI principal, so no other supplier's. */
    private Optional<OrderForAnswer> find(String number, SftpLogin partner) {
        List<OrderSummary> found = orders.search(new OrderFilter(Set.of(), false, null, null, number, partner.tenantId()),
                OrderSort.ORDER_DATE_DESC, 0, 20).stream().filter(order -> order.number().equals(number)).toList();
        if (found.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(orders.forAnswer(found.get(0).id()));
        } catch (OrderNotFoundException e) {
            return Optional.empty();
        }
    }
}
