package org.supplierportal.shipment;

import java.math.BigDecimal;

import org.supplierportal.order.ShippableLine;

/**
 * An order line the supplier may ship, with what is already under way.
 *
 * @param onAsns what the supplier's live ASNs already ship of it
 * @param open   what is left to ship: the target less what is on ASNs or received, never below zero
 */
public record ShippableLineView(ShippableLine line, BigDecimal onAsns, BigDecimal open) {

    static ShippableLineView of(ShippableLine line, BigDecimal onAsns) {
        BigDecimal already = onAsns.max(line.receivedQuantity());
        return new ShippableLineView(line, onAsns, line.targetQuantity().subtract(already).max(BigDecimal.ZERO));
    }
}
