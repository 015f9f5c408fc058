package org.supplierportal.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * Reads order lines for the modules that work on lines rather than orders: what a supplier can still ship, the lines
 * an ASN or a quality incident names, committed lines past their date. Suppliers see their own lines only
 * (Hibernate's tenant filter, and row-level security under it); buyers and admins see all.
 * <p>
 * Every read is one snapshot (repeatable read), as in {@link OrderQueries}: a line and its commitment are loaded by
 * several statements, and under read committed an import saving a new revision between them showed a committed line
 * without its deliveries (issue 9). A read-only transaction at this level never waits and never fails for a writer.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class OrderLineQueries {

    private static final String LINES_WITH_ORDER = "select l from PurchaseOrderLine l join fetch l.order o";

    private final EntityManager entityManager;

    OrderLineQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The supplier's lines that can still be shipped (not rejected or cancelled, not fully received), soonest due
     * first; narrowed by a PO or part number prefix.
     */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    public List<ShippableLine> shippableLines(String text, int limit) {
        String prefix = text == null || text.isBlank() ? null : text.strip();
        String jpql = LINES_WITH_ORDER + " where l.status not in :closed"
                + " and o.status <> :cancelled and l.receivedQuantity < coalesce(l.committedQuantity, l.ordered.quantity)"
                + (prefix == null ? "" : " and ((o.number >= :from and o.number < :to) or (l.ordered.partNumber >= :from and l.ordered.partNumber < :to))")
                + " order by l.ordered.requestedDate, o.number, l.lineNumber";
        var query = entityManager.createQuery(jpql, PurchaseOrderLine.class)
                .setParameter("closed", List.of(LineStatus.REJECTED, LineStatus.CANCELLED))
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(limit);
        if (prefix != null) {
            query.setParameter("from", prefix).setParameter("to", PrefixRange.upperBound(prefix));
        }
        return query.getResultList().stream().map(PurchaseOrderLine::shippable).toList();
    }

    /** The lines of the current supplier's orders with these PO numbers, whatever their state. */
    @PreAuthorize("hasRole('SUPPLIER_USER')")
    public List<ShippableLine> linesOfOrders(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        // In a fixed order (by PO, then line): callers match document lines to these in turn.
        return entityManager.createQuery(LINES_WITH_ORDER + " where o.number in :numbers order by o.number, l.lineNumber",
                        PurchaseOrderLine.class)
                .setParameter("numbers", numbers)
                .getResultList().stream().map(PurchaseOrderLine::shippable).toList();
    }

    /** Committed lines, of any supplier, whose last committed date is before the day and that are not all received. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ShippableLine> committedDueBefore(LocalDate day) {
        return entityManager.createQuery(LINES_WITH_ORDER
                        + " where l.status = :committed and o.status <> :cancelled and l.receivedQuantity < l.committedQuantity"
                        + " and (select max(d.date) from PurchaseOrderLine l2 join l2.committedDeliveries d where l2 = l) < :day",
                        PurchaseOrderLine.class)
                .setParameter("committed", LineStatus.COMMITTED)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("day", day)
                .getResultList().stream().map(PurchaseOrderLine::shippable).toList();
    }

    /** The lines of one supplier's order with this PO number, whatever their state (empty if it has none). */
    @PreAuthorize("isAuthenticated()")
    public List<ShippableLine> linesOfSupplierOrder(TenantId supplier, String number) {
        return entityManager.createQuery(LINES_WITH_ORDER + " where o.number = :number"
                        + " and o.tenantId = :tenant order by l.lineNumber", PurchaseOrderLine.class)
                .setParameter("number", number)
                .setParameter("tenant", supplier.value())
                .getResultList().stream().map(PurchaseOrderLine::shippable).toList();
    }

    /** Given lines of the current supplier's orders (or any, for buyers and admins), whatever their state. */
    @PreAuthorize("isAuthenticated()")
    public Map<OrderLineKey, ShippableLine> linesForShipping(Collection<OrderLineKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<OrderLineKey, ShippableLine> found = new HashMap<>();
        entityManager.createQuery(LINES_WITH_ORDER + " where o.id in :orders", PurchaseOrderLine.class)
                .setParameter("orders", keys.stream().map(key -> key.orderId().value()).distinct().toList())
                .getResultList().stream().map(PurchaseOrderLine::shippable)
                .forEach(line -> {
                    OrderLineKey key = new OrderLineKey(line.orderId(), line.lineNumber());
                    if (keys.contains(key)) {
                        found.put(key, line);
                    }
                });
        return found;
    }
}
