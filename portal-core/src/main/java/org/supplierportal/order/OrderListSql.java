package org.supplierportal.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supplierportal.tenancy.AccessScope;

/**
 * The order list as native SQL: the statements behind the list screen, the order-list API (its most frequent call)
 * and the CSV export. Pure: it only writes the statement and its parameters.
 * <p>
 * Why not JPQL: while Hibernate's tenant filter is on (every supplier's session), Hibernate cannot reuse the SQL it
 * made for a JPQL query and translates it again on every call, which was the largest single cost of an API list
 * call. So the tenant condition the filter would add is written here, on every table the statement reads (which is
 * also what lets the line indexes, that start with the tenant, be used); row-level security still applies under it.
 */
final class OrderListSql {

    /** One statement and its named parameters. */
    record Statement(String sql, Map<String, Object> parameters) {
    }

    private static final String COLUMNS = "o.id, o.tenant_id, o.number, o.revision, o.source_system, o.erp_id,"
            + " o.buyer_name, o.currency, o.order_date, o.status, o.line_count, o.total_amount, o.first_requested_date,"
            + " o.revision_received_at, o.ack_due_at, o.acknowledged_revision";

    private final AccessScope scope;
    private final OrderFilter filter;
    private final Instant now;

    /**
     * @param scope  whose orders the caller may see: a single supplier gets its tenant written into the statement
     * @param now    the moment "overdue" is measured against
     */
    OrderListSql(AccessScope scope, OrderFilter filter, Instant now) {
        this.scope = scope;
        this.filter = filter;
        this.now = now;
    }

    /** A page by position, in the given order (the list screen's lazy grid). */
    Statement page(OrderSort sort, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(parameters);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return new Statement("select " + COLUMNS + " from purchase_order o" + where(conditions)
                + " order by " + sort.sql() + " limit :limit offset :offset", parameters);
    }

    /**
     * A page newest first after the given order (keyset paging: the same cost at any depth, and no order skipped
     * or repeated when new ones arrive between pages, since they sort before the key).
     */
    Statement pageAfter(LocalDate afterDate, UUID afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(parameters);
        if (afterDate != null && afterId != null) {
            conditions.add("(o.order_date < :afterDate or (o.order_date = :afterDate and o.id < :afterId))");
            parameters.put("afterDate", afterDate);
            parameters.put("afterId", afterId);
        }
        parameters.put("limit", limit);
        return new Statement("select " + COLUMNS + " from purchase_order o" + where(conditions)
                + " order by " + OrderSort.ORDER_DATE_DESC.sql() + " limit :limit", parameters);
    }

    /** Every matching order in the given order, for the export. */
    Statement all(OrderSort sort) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(parameters);
        return new Statement("select " + COLUMNS + " from purchase_order o" + where(conditions)
                + " order by " + sort.sql(), parameters);
    }

    /** How many orders match, up to {@code cap}: the database stops there instead of counting a large tenant. */
    Statement countUpTo(int cap) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(parameters);
        parameters.put("cap", cap);
        return new Statement("select count(*) from (select 1 from purchase_order o" + where(conditions)
                + " limit :cap) matching", parameters);
    }

    private List<String> conditions(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        UUID tenant = visibleTenant();
        if (tenant != null) {
            conditions.add("o.tenant_id = :tenant");
            parameters.put("tenant", tenant);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("o.status in (:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.overdue()) {
            conditions.add("o.status in ('" + OrderStatus.NEW.name() + "', '" + OrderStatus.CHANGED.name()
                    + "') and o.ack_due_at < :now");
            parameters.put("now", now.atOffset(ZoneOffset.UTC));
        }
        if (filter.orderedFrom() != null) {
            conditions.add("o.order_date >= :orderedFrom");
            parameters.put("orderedFrom", filter.orderedFrom());
        }
        if (filter.orderedTo() != null) {
            conditions.add("o.order_date <= :orderedTo");
            parameters.put("orderedTo", filter.orderedTo());
        }
        if (filter.text() != null) {
            // A prefix as a range [text, next): with byte-order ("C") columns it is exactly "starts with", and unlike
            // LIKE with a bound parameter it can use the indexes in a prepared statement's generic plan.
            // One union of the three index range scans, rather than OR, which would make the database scan every order.
            String sameTenant = tenant == null ? "" : " and %s.tenant_id = :tenant";
            conditions.add("o.id in (select n.id from purchase_order n where n.number >= :textFrom and n.number < :textTo"
                    + sameTenant.formatted("n")
                    + " union select l.order_id from purchase_order_line l where l.part_number >= :textFrom and l.part_number < :textTo"
                    + sameTenant.formatted("l")
                    + " union select s.order_id from purchase_order_line s where s.supplier_part_number >= :textFrom"
                    + " and s.supplier_part_number < :textTo" + sameTenant.formatted("s") + ")");
            parameters.put("textFrom", filter.text());
            parameters.put("textTo", PrefixRange.upperBound(filter.text()));
        }
        return conditions;
    }

    /**
     * The tenant the statement is limited to: the caller's own for a supplier; the chosen supplier for a buyer or
     * admin who narrowed the list (a supplier's choice is ignored: it only ever sees its own); none for a buyer or
     * admin looking at all. Nobody gets a tenant that does not exist, so the statement fails closed.
     */
    private UUID visibleTenant() {
        return switch (scope) {
            case AccessScope.SingleTenant single -> single.tenantId().value();
            case AccessScope.AllTenants all -> filter.supplier() == null ? null : filter.supplier().value();
            case AccessScope.Nobody nobody -> new UUID(0, 0);
        };
    }

    /** Reads one row of these statements. */
    static OrderSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new OrderSummary(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                row.getString("number"), row.getInt("revision"), row.getString("source_system"), row.getString("erp_id"),
                row.getString("buyer_name"), row.getString("currency"), row.getObject("order_date", LocalDate.class),
                OrderStatus.valueOf(row.getString("status")), row.getInt("line_count"), row.getBigDecimal("total_amount"),
                row.getObject("first_requested_date", LocalDate.class), instant(row, "revision_received_at"),
                instant(row, "ack_due_at"), row.getObject("acknowledged_revision", Integer.class));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
