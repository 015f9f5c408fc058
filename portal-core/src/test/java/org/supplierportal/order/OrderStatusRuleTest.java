package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supplierportal.order.LineStatus.AWAITING_ANSWER;
import static org.supplierportal.order.LineStatus.BUYER_REVIEW;
import static org.supplierportal.order.LineStatus.CANCELLED;
import static org.supplierportal.order.LineStatus.COMMITTED;
import static org.supplierportal.order.LineStatus.COUNTER_PROPOSED;
import static org.supplierportal.order.LineStatus.REJECTED;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderStatusRuleTest {

    @Test
    void derivesTheOrderStatusFromItsLines() {
        assertThat(OrderStatusRule.statusOf(List.of(AWAITING_ANSWER, AWAITING_ANSWER), false, false)).isEqualTo(OrderStatus.NEW);
        assertThat(OrderStatusRule.statusOf(List.of(COMMITTED, AWAITING_ANSWER), true, true)).isEqualTo(OrderStatus.CHANGED);
        assertThat(OrderStatusRule.statusOf(List.of(COMMITTED, AWAITING_ANSWER), true, false)).isEqualTo(OrderStatus.ACTION_REQUIRED);
        assertThat(OrderStatusRule.statusOf(List.of(COMMITTED, COUNTER_PROPOSED), true, false)).isEqualTo(OrderStatus.ACTION_REQUIRED);
        assertThat(OrderStatusRule.statusOf(List.of(COMMITTED, BUYER_REVIEW), true, false)).isEqualTo(OrderStatus.IN_REVIEW);
        assertThat(OrderStatusRule.statusOf(List.of(COMMITTED, REJECTED, CANCELLED), true, true)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(OrderStatusRule.statusOf(List.of(CANCELLED), true, true)).isEqualTo(OrderStatus.CANCELLED);
    }
}
