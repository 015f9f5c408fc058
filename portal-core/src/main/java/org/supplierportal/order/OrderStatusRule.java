package org.supplierportal.order;

import java.util.Collection;

/** The order's status from its lines' states. Pure. */
final class OrderStatusRule {

    private OrderStatusRule() {
    }

    /**
     * @param everAnswered whether the supplier has answered any revision of this order before
     * @param revised      whether the current revision is a change of an earlier one
     */
    static OrderStatus statusOf(Collection<LineStatus> lines, boolean everAnswered, boolean revised) {
        if (lines.isEmpty() || lines.stream().allMatch(line -> line == LineStatus.CANCELLED)) {
            return OrderStatus.CANCELLED;
        }
        if (lines.contains(LineStatus.AWAITING_ANSWER)) {
            if (!everAnswered) {
                return OrderStatus.NEW;
            }
            return revised ? OrderStatus.CHANGED : OrderStatus.ACTION_REQUIRED;
        }
        if (lines.contains(LineStatus.COUNTER_PROPOSED)) {
            return OrderStatus.ACTION_REQUIRED;
        }
        if (lines.contains(LineStatus.BUYER_REVIEW)) {
            return OrderStatus.IN_REVIEW;
        }
        return OrderStatus.CONFIRMED;
    }
}
