package org.supplierportal.b2b.x12;

import java.util.List;

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
 * One valid 855 applied exactly as the supplier's answer on the screen: the order found among the partner's own (as
 * its EDI principal, so another supplier's PO is simply not there), mapped, and submitted to the same
 * {@link AcknowledgmentService}, so tolerances, the buyer inbox, stale-revision refusal and idempotency all apply.
 */
@Component
class X12AcknowledgmentIntake {

    private final OrderQueries orders;
    private final AcknowledgmentService acknowledgments;

    X12AcknowledgmentIntake(OrderQueries orders, AcknowledgmentService acknowledgments) {
        this.orders = orders;
        this.acknowledgments = acknowledgments;
    }

    record Applied(boolean applied, String summary, OrderId orderId, String orderNumber) {
    }

    Applied apply(X12Transaction transaction, X12Interchange interchange, SftpLogin partner) {
        String number = Ack855Mapping.orderNumber(transaction);
        String set = "855 " + transaction.controlNumber() + " for PO " + number;
        List<OrderSummary> found = orders.search(new OrderFilter(java.util.Set.of(), false, null, null, number,
                partner.tenantId()), OrderSort.ORDER_DATE_DESC, 0, 20).stream()
                .filter(order -> order.number().equals(number)).toList();
        if (found.size() != 1) {
            return new Applied(false, set + " refused: " + partner.tenantName() + " has no order " + number
                    + "; nothing recorded", null, number);
        }
        OrderForAnswer order;
        try {
            order = orders.forAnswer(found.get(0).id());
        } catch (OrderNotFoundException e) {
            return new Applied(false, set + " refused: " + partner.tenantName() + " has no order " + number, null, number);
        }
        String key = "x12:" + interchange.senderId() + ":" + interchange.controlNumber() + ":" + transaction.controlNumber();
        Ack855Mapping.Result mapped = Ack855Mapping.toRequest(transaction, order, key,
                "From the supplier's EDI 855 (interchange " + interchange.controlNumber() + ")");
        if (!mapped.mapped()) {
            return new Applied(false, set + " refused: " + String.join("; ", mapped.problems()) + "; nothing recorded",
                    order.id(), number);
        }
        try {
            AcknowledgmentResult result = acknowledgments.submit(mapped.request());
            return new Applied(true, set + " revision " + result.revision() + " applied: " + result.committedCount()
                    + " confirmed, " + result.toBuyerCount() + " to the buyer", order.id(), number);
        } catch (InvalidAcknowledgmentException | StaleRevisionException | AlreadyAnsweredException e) {
            return new Applied(false, set + " refused: " + e.getMessage() + "; nothing recorded", order.id(), number);
        }
    }
}
