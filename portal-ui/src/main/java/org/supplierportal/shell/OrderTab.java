package org.supplierportal.shell;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A tab of the purchase order page contributed by a feature that follows the order (its shipments, invoices,
 * quality incidents), so the order page needs to know none of them: those features depend on orders, not the other
 * way round.
 */
public interface OrderTab {

    /** The tab's label and content for this order, or empty when the feature has nothing for it. */
    Optional<Tab> create(UUID orderId);

    /** Position among the contributed tabs, lowest first. */
    default int order() {
        return 100;
    }

    record Tab(String label, Component content) {
    }
}
