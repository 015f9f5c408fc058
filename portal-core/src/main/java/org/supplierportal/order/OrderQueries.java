package org.supplierportal.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Reads orders for the screens and the API: the list (lazy, filtered and sorted in the database, indexed), the
 * detail with lines and revisions, the change view and the CSV export (the counts are {@link OrderFigures}); single lines for other
 * modules are read by {@link OrderLineQueries}. Suppliers see their own orders only (Hibernate's tenant filter, and
 * row-level security under it); buyers and admins see all.
 * <p>
 * Every read is one snapshot (repeatable read): an order, its lines and their commitments are loaded by several
 * statements, and under read committed an import saving a new revision between them showed a committed line without
 * its deliveries (issue 9). A read-only transaction at this level never waits and never fails for a writer. The
 * list and its count are one statement each, a snapshot by themselves, so they skip the two round trips that set
 * the level (the order-list API's most frequent call).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class OrderQueries {

    private static final String SUMMARY = "select new org.supplierportal.order.OrderSummary(o.id, o.tenantId, o.number,"
            + " o.revision, o.sourceSystem, o.erpId, o.buyerName, o.currency, o.orderDate, o.status, o.lineCount,"
            + " o.totalAmount, o.firstRequestedDate, o.revisionReceivedAt, o.ackDueAt, o.acknowledgedRevision)";

    private final EntityManager entityManager;
    private final PurchaseOrderRepository orders;
    private final PurchaseOrderRevisionRepository revisions;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OrderQueries(EntityManager entityManager, PurchaseOrderRepository orders, PurchaseOrderRevisionRepository revisions,
                 CurrentUsers currentUsers, Clock clock) {
        this.entityManager = entityManager;
        this.orders = orders;
        this.revisions = revisions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** One page of the order list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrderSummary> search(OrderFilter filter, OrderSort sort, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<OrderSummary> query = entityManager.createQuery(
                SUMMARY + " from PurchaseOrder o" + where + " order by " + sort.jpql(), OrderSummary.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * One page of the order list, newest first, after the given order: keyset paging, which costs the same at any
     * depth and neither skips nor repeats an order when new ones arrive between pages (they come before the key).
     *
     * @param afterDate / afterId the order date and id of the last order of the previous page; null for the first page
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrderSummary> searchAfter(OrderFilter filter, LocalDate afterDate, java.util.UUID afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        if (afterDate != null && afterId != null) {
            where += (where.isEmpty() ? " where " : " and ")
                    + "(o.orderDate < :afterDate or (o.orderDate = :afterDate and o.id < :afterId))";
            parameters.put("afterDate", afterDate);
            parameters.put("afterId", afterId);
        }
        TypedQuery<OrderSummary> query = entityManager.createQuery(
                SUMMARY + " from PurchaseOrder o" + where + " order by " + OrderSort.ORDER_DATE_DESC.jpql(), OrderSummary.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * How many orders match, counted up to {@code cap}: a list header says "10,000+" rather than paying for an
     * exact count of a very large tenant on every filter change.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(OrderFilter filter, int cap) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        // Fetch at most cap + 1 ids: the database stops there instead of counting a whole large tenant.
        TypedQuery<UUID> ids = entityManager.createQuery("select o.id from PurchaseOrder o" + where, UUID.class);
        parameters.forEach(ids::setParameter);
        return ids.setMaxResults(cap + 1).getResultList().size();
    }

    @PreAuthorize("isAuthenticated()")
    public OrderDetail detail(OrderId id) {
        PurchaseOrder order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
        List<OrderLineView> lines = order.lines().stream().map(PurchaseOrderLine::view).toList();
        List<RevisionSummary> history = revisions.findByOrderIdOrderByRevisionDesc(id.value()).stream()
                .map(PurchaseOrderRevision::summary).toList();
        return new OrderDetail(order.header(), lines, history);
    }

    /**
     * What changed since the revision the supplier last answered (or, for an order never answered, since the
     * revision before the current one). Empty for a first revision.
     */
    @PreAuthorize("isAuthenticated()")
    public RevisionComparison changesSinceLastAnswer(OrderId id) {
        PurchaseOrder order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
        OrderSummary summary = order.summary();
        int from = summary.acknowledgedRevision() != null && summary.acknowledgedRevision() < order.revision()
                ? summary.acknowledgedRevision() : order.revision() - 1;
        return compare(id, from, order.revision());
    }

    /** The changes between two revisions of an order. */
    @PreAuthorize("isAuthenticated()")
    public RevisionComparison compare(OrderId id, int fromRevision, int toRevision) {
        if (fromRevision < 1 || fromRevision >= toRevision) {
            return new RevisionComparison(fromRevision, toRevision, List.of());
        }
        OrderDocument before = document(id, fromRevision);
        OrderDocument after = document(id, toRevision);
        return new RevisionComparison(fromRevision, toRevision, RevisionDiff.between(before, after));
    }

    /** The order's current revision and lines, as an answer sees them (no lock: for forms and previews). */
    @PreAuthorize("isAuthenticated()")
    public OrderForAnswer forAnswer(OrderId id) {
        PurchaseOrder order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
        return OrderLineUpdates.snapshot(order);
    }

    /** An order by its identity in the ERP, for the ERP side (which works across tenants). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<OrderForAnswer> findByErpId(String sourceSystem, String erpId) {
        return entityManager.createQuery("select o from PurchaseOrder o where o.sourceSystem = :source and o.erpId = :erpId",
                        PurchaseOrder.class)
                .setParameter("source", sourceSystem).setParameter("erpId", erpId)
                .getResultStream().findFirst().map(OrderLineUpdates::snapshot);
    }

    /** A revision exactly as the ERP sent it. */
    @PreAuthorize("isAuthenticated()")
    public OrderDocument document(OrderId id, int revision) {
        PurchaseOrder order = orders.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id));
        if (revision == order.revision()) {
            return order.currentDocument();
        }
        return revisions.findByOrderIdAndRevision(id.value(), revision)
                .filter(stored -> stored.document() != null)
                .map(stored -> OrderDocuments.fromJson(stored.document()))
                .orElseThrow(() -> new OrderNotFoundException(id));
    }

    /** Writes the filtered list as CSV, streaming, in the list's order; see {@link OrderCsv} for the columns. */
    @PreAuthorize("isAuthenticated()")
    public void exportCsv(OrderFilter filter, OrderSort sort, Writer out) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<OrderSummary> query = entityManager.createQuery(SUMMARY + " from PurchaseOrder o" + where
                + " order by " + sort.jpql(), OrderSummary.class);
        parameters.forEach(query::setParameter);
        query.setHint("org.hibernate.fetchSize", 500);
        try (Stream<OrderSummary> rows = query.getResultStream()) {
            OrderCsv.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the order list", e);
        }
    }

    private String where(OrderFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("o.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.overdue()) {
            conditions.add("o.status in :overdueStatuses and o.ackDueAt < :now");
            parameters.put("overdueStatuses", List.of(OrderStatus.NEW, OrderStatus.CHANGED));
            parameters.put("now", clock.instant());
        }
        if (filter.orderedFrom() != null) {
            conditions.add("o.orderDate >= :from");
            parameters.put("from", filter.orderedFrom());
        }
        if (filter.orderedTo() != null) {
            conditions.add("o.orderDate <= :to");
            parameters.put("to", filter.orderedTo());
        }
        if (filter.text() != null) {
            // A prefix as a range [text, next): with byte-order ("C") columns it is exactly "starts with", and unlike
            // LIKE with a bound parameter it can use the indexes in a prepared statement's generic plan.
            // One union of the three index range scans, rather than OR, which would make the database scan every order.
            conditions.add("o.id in (select n.id from PurchaseOrder n where n.number >= :from and n.number < :to"
                    + " union select l.order.id from PurchaseOrderLine l where l.ordered.partNumber >= :from and l.ordered.partNumber < :to"
                    + " union select s.order.id from PurchaseOrderLine s where s.ordered.supplierPartNumber >= :from and s.ordered.supplierPartNumber < :to)");
            parameters.put("from", filter.text());
            parameters.put("to", PrefixRange.upperBound(filter.text()));
        }
        if (filter.supplier() != null && currentUsers.require().isCrossTenant()) {
            conditions.add("o.tenantId = :supplier");
            parameters.put("supplier", filter.supplier().value());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

}
