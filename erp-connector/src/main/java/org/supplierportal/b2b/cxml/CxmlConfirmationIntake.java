package org.supplierportal.b2b.cxml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
import org.supplierportal.tenant.CxmlLogin;

/**
 * One ConfirmationRequest applied exactly as the supplier's answer on the screen: the order found among the
 * partner's own (as its EDI principal, so another supplier's PO is simply not there), mapped, and submitted to the
 * same {@link AcknowledgmentService} the 855 and the screens use, so tolerances, the buyer inbox, stale-revision
 * refusal and idempotency all apply.
 */
@Component
class CxmlConfirmationIntake {

    private final OrderQueries orders;
    private final AcknowledgmentService acknowledgments;

    CxmlConfirmationIntake(OrderQueries orders, AcknowledgmentService acknowledgments) {
        this.orders = orders;
        this.acknowledgments = acknowledgments;
    }

    record Applied(CxmlStatus status, OrderId orderId, String orderNumber) {
    }

    Applied apply(CxmlDocument document, CxmlLogin partner) {
        String number = ConfirmationRequestMapping.orderNumber(document.request());
        if (number.isEmpty()) {
            return new Applied(CxmlStatus.badRequest("OrderReference has no orderID: name the PO the confirmation answers"),
                    null, null);
        }
        List<OrderSummary> found = orders.search(new OrderFilter(Set.of(), false, null, null, number, partner.tenantId()),
                OrderSort.ORDER_DATE_DESC, 0, 20).stream().filter(order -> order.number().equals(number)).toList();
        Applied notFound = new Applied(CxmlStatus.badRequest(partner.tenantName() + " has no order " + number
                + "; nothing recorded"), null, number);
        if (found.size() != 1) {
            return notFound;
        }
        OrderForAnswer order;
        try {
            order = orders.forAnswer(found.get(0).id());
        } catch (OrderNotFoundException e) {
            return notFound;
        }
        ConfirmationRequestMapping.Result mapped = ConfirmationRequestMapping.toRequest(document.request(), order,
                idempotencyKey(document), "From the supplier's cXML ConfirmationRequest (payloadID " + document.payloadId() + ")");
        if (!mapped.mapped()) {
            return new Applied(CxmlStatus.badRequest(String.join("; ", mapped.problems()) + "; nothing recorded"), order.id(), number);
        }
        try {
            AcknowledgmentResult result = acknowledgments.submit(mapped.request());
            return new Applied(CxmlStatus.ok("PO " + number + " revision " + result.revision() + ": " + result.committedCount()
                    + " confirmed, " + result.toBuyerCount() + " to the buyer"), order.id(), number);
        } catch (InvalidAcknowledgmentException e) {
            return new Applied(CxmlStatus.badRequest(e.getMessage() + "; nothing recorded"), order.id(), number);
        } catch (StaleRevisionException | AlreadyAnsweredException e) {
            return new Applied(CxmlStatus.conflict(e.getMessage() + "; nothing recorded"), order.id(), number);
        }
    }

    /** The acknowledgment's key: the same document twice records one answer, whatever route it took. */
    private static String idempotencyKey(CxmlDocument document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((document.sender() + "\n" + document.payloadId())
                    .getBytes(StandardCharsets.UTF_8));
            return "cxml:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
