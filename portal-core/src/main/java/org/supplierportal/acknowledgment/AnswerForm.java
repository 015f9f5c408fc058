package org.supplierportal.acknowledgment;

import java.util.List;
import java.util.Map;

import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.EffectiveLimits;

/**
 * What a screen needs to let a supplier answer an order and preview each line's outcome without a round trip to
 * the database per keystroke: the order's current revision and the limits of each part number.
 */
public record AnswerForm(OrderForAnswer order, Map<String, EffectiveLimits> limitsByPart) {

    public List<OrderLineView> openLines() {
        return order.lines().stream().filter(line -> line.status() == org.supplierportal.order.LineStatus.AWAITING_ANSWER).toList();
    }
}
