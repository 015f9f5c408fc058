package org.supplierportal.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Reads orders for the screens and the API: the list (lazy, filtered and sorted in the database, indexed), the
 * detail with lines and revisions, the change view and the CSV export (the counts are {@link OrderFigures}); single lines for other
 * modules are read by {@link OrderLineQueries}. Suppliers see their own orders only (Hibernate's tenant filter, and
 * row-level security under it; the list is native SQL, see {@link OrderListSql}, which writes the tenant itself);
 * buyers and admins see all.
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

    /** Rows fetched per round trip by the CSV export, which streams rather than holding a large tenant's list. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final PurchaseOrderRepository orders;
    private final PurchaseOrderRevisionRepository revisions;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    OrderQueries(EntityManager entityManager, NamedParameterJdbcTemplate jdbc, PurchaseOrderRepository orders,
                 PurchaseOrderRevisionRepository revisions, CurrentUsers currentUsers, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        JdbcTemplate export = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        export.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(export);
        this.orders = orders;
        this.revisions = revisions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** One page of the order list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrderSummary> search(OrderFilter filter, OrderSort sort, int offset, int limit) {
        return list(listSql(filter).page(sort, offset, limit));
    }

    /**
     * One page of the order list, newest first, after the given order: keyset paging, which costs the same at any
     * depth and neither skips nor repeats an order when new ones arrive between pages (they come before the key).
     *
     * @param afterDate / afterId the order date and id of the last order of the previous page; null for the first page
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrderSummary> searchAfter(OrderFilter filter, LocalDate afterDate, UUID afterId, int limit) {
        return list(listSql(filter).pageAfter(afterDate, afterId, limit));
    }

    /**
     * How many orders match, counted up to {@code cap}: a list header says "10,000+" rather than paying for an
     * exact count of a very large tenant on every filter change.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(OrderFilter filter, int cap) {
        OrderListSql.Statement count = listSql(filter).countUpTo(cap + 1);
        Long counted = jdbc.queryForObject(count.sql(), count.parameters(), Long.class);
        return counted == null ? 0 : counted;
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
        OrderListSql.Statement all = listSql(filter).all(sort);
        try (Stream<OrderSummary> rows = streaming.queryForStream(all.sql(), all.parameters(), OrderListSql::summary)) {
            OrderCsv.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the order list", e);
        }
    }

    private OrderListSql listSql(OrderFilter filter) {
        return new OrderListSql(currentUsers.scope(), filter, clock.instant());
    }

    private List<OrderSummary> list(OrderListSql.Statement statement) {
        return jdbc.query(statement.sql(), statement.parameters(), OrderListSql::summary);
    }
}
