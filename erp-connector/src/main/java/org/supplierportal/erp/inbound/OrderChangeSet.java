package org.supplierportal.erp.inbound;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/**
 * The changes of one import run, merged per order: each touched order once, in the order it was first touched, and
 * how far each feed was read. Pure.
 */
final class OrderChangeSet {

    private final Set<String> keys = new LinkedHashSet<>();
    private final Map<OrderChangeFeed, Watermark> reached = new EnumMap<>(OrderChangeFeed.class);

    void add(List<OrderChange> changes) {
        for (OrderChange change : changes) {
            keys.add(change.orderKey());
            reached.merge(change.feed(), change.position(), Watermark::max);
        }
    }

    int orderCount() {
        return keys.size();
    }

    /** The orders to read, each as an item; the last carries how far the feeds may advance once all are taken in. */
    List<PendingOrder> pendingOrders() {
        List<PendingOrder> pending = new ArrayList<>();
        int remaining = keys.size();
        for (String key : keys) {
            pending.add(new PendingOrder(key, --remaining == 0 ? Map.copyOf(reached) : Map.of()));
        }
        return pending;
    }
}
