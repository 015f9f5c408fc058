package org.supplierportal.order;

import java.util.List;

/** Everything the order page shows. */
public record OrderDetail(OrderHeader header, List<OrderLineView> lines, List<RevisionSummary> revisions) {

    public OrderSummary summary() {
        return header.summary();
    }
}
