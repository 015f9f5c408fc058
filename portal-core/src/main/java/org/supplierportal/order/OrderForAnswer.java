package org.supplierportal.order;

import java.util.List;
import java.util.Optional;

import org.supplierportal.tenancy.TenantId;

/** An order locked for answering: its current revision and lines, as the acknowledgment sees them. */
public record OrderForAnswer(OrderId id, TenantId tenantId, String number, int revision, String currency,
                             OrderStatus status, List<OrderLineView> lines) {

    public Optional<OrderLineView> line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }
}
