package org.supplierportal.order;

/** One line of one order. */
public record OrderLineKey(OrderId orderId, int lineNumber) {
}
