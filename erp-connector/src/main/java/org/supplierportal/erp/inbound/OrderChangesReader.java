package org.supplierportal.erp.inbound;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/**
 * Reads the ERP's order feeds (one per level, each from its own watermark), merges their changes per order, then
 * hands out each touched order once. A run takes at most {@code maxOrders} orders (between pages: a page is taken
 * whole); the feeds it did not finish continue in the next run. A failed run moves no watermark: the next one reads
 * the same changes again, and re-reading an order that is already in changes nothing. Not thread-safe: one per step
 * execution.
 */
class OrderChangesReader implements ItemReader<PendingOrder> {

    private final ErpAdapter adapter;
    private final Map<OrderChangeFeed, Watermark> starts;
    private final int pageSize;
    private final int maxOrders;
    private Iterator<PendingOrder> pending;

    /** @param starts where each feed starts, in the order the feeds are read */
    OrderChangesReader(ErpAdapter adapter, Map<OrderChangeFeed, Watermark> starts, int pageSize, int maxOrders) {
        this.adapter = adapter;
        this.starts = starts;
        this.pageSize = pageSize;
        this.maxOrders = maxOrders;
    }

    @Override
    public PendingOrder read() {
        if (pending == null) {
            pending = collect().pendingOrders().iterator();
        }
        return pending.hasNext() ? pending.next() : null;
    }

    private OrderChangeSet collect() {
        OrderChangeSet changes = new OrderChangeSet();
        for (Map.Entry<OrderChangeFeed, Watermark> feed : starts.entrySet()) {
            Watermark position = feed.getValue();
            while (changes.orderCount() < maxOrders) {
                List<OrderChange> page = adapter.pullOrderChanges(feed.getKey(), position, pageSize);
                changes.add(page);
                if (page.size() < pageSize) {
                    break;
                }
                position = page.getLast().position();
            }
        }
        return changes;
    }
}
