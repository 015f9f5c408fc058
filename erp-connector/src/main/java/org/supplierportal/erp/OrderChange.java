package org.supplierportal.erp;

import java.util.Objects;

/**
 * One change in an ERP's order feed: where it stands in its feed, and the key of the order it touches (the key that
 * {@link ErpAdapter#pullOrders(java.util.Collection)} reads the whole order by).
 */
public record OrderChange(OrderChangeFeed feed, Watermark position, String orderKey) {

    public OrderChange {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(orderKey, "orderKey");
    }
}
