package org.supplierportal.erp.inbound;

import java.util.Map;

import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/**
 * An order touched by changes in the ERP, to be read whole and taken in. The run's last one carries how far each
 * feed was read: the feeds' watermarks move there in the transaction that takes it in, that is once every order
 * before it is in too.
 */
record PendingOrder(String key, Map<OrderChangeFeed, Watermark> advanceFeedsTo) {

    PendingOrder {
        advanceFeedsTo = Map.copyOf(advanceFeedsTo);
    }
}
