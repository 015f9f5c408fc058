package org.supplierportal.order;

import java.time.LocalDate;
import java.util.Set;

import org.supplierportal.tenancy.TenantId;

/**
 * What the order list shows: all criteria optional.
 *
 * @param statuses  only these statuses (empty: all)
 * @param overdue   only orders whose acknowledgment is past its deadline
 * @param orderedFrom / orderedTo the order date range, inclusive
 * @param text      a PO number prefix, or a part number (the buyer's or the supplier's) prefix
 * @param supplier  for buyers and admins: one supplier only
 */
public record OrderFilter(Set<OrderStatus> statuses, boolean overdue, LocalDate orderedFrom, LocalDate orderedTo,
                          String text, TenantId supplier) {

    public static final OrderFilter ALL = new OrderFilter(Set.of(), false, null, null, null, null);

    public OrderFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public OrderFilter withStatuses(Set<OrderStatus> newStatuses) {
        return new OrderFilter(newStatuses, overdue, orderedFrom, orderedTo, text, supplier);
    }
}
