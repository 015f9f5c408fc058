package org.supplierportal.erp.inbound;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.supplierportal.order.OpenOrderFingerprints;
import org.supplierportal.order.OrderFingerprint;
import org.supplierportal.order.OrderId;

/**
 * The portal's open orders of one ERP with their stored fingerprints, page by page in the order of their ids,
 * keeping its place in the step's execution context so a restarted run goes on after the last committed chunk.
 * Not thread-safe: one per step execution.
 */
class OpenOrderReader implements ItemStreamReader<OrderFingerprint> {

    private static final String AFTER = "after";

    private final OpenOrderFingerprints fingerprints;
    private final String system;
    private final int pageSize;
    private final Deque<OrderFingerprint> page = new ArrayDeque<>();
    private OrderId after;
    private boolean exhausted;

    OpenOrderReader(OpenOrderFingerprints fingerprints, String system, int pageSize) {
        this.fingerprints = fingerprints;
        this.system = system;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        after = context.containsKey(AFTER) ? OrderId.of(context.getString(AFTER)) : null;
    }

    @Override
    public OrderFingerprint read() {
        if (page.isEmpty() && !exhausted) {
            var next = fingerprints.page(system, after, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        OrderFingerprint order = page.poll();
        if (order != null) {
            after = order.id();
        }
        return order;
    }

    @Override
    public void update(ExecutionContext context) {
        if (after != null) {
            context.putString(AFTER, after.toString());
        }
    }
}
