package org.supplierportal.order;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts new orders (built as entities, so every rule that shapes them runs) with JDBC batches instead of one
 * Hibernate persist each: for the ERP connector's bulk imports, where this more than halves the time per order.
 * Runs in the caller's transaction; row-level security applies as to every other write.
 */
@Component
class NewOrderRows {

    private static final String ORDER = "insert into purchase_order (id, tenant_id, source_system, erp_id,"
            + " supplier_party_code, number, erp_revision, revision, buyer_name, buyer_email, currency, payment_terms, incoterms, ship_to, order_date,"
            + " status, line_count, total_amount, first_requested_date, revision_received_at, ack_due_at, content_hash,"
            + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINE = "insert into purchase_order_line (id, tenant_id, order_id, line_number, erp_line_id,"
            + " part_number, supplier_part_number, description, quantity, unit, unit_price, price_unit, requested_date,"
            + " status, changed_in_revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SCHEDULE = "insert into purchase_order_schedule_line (line_id, tenant_id, position,"
            + " quantity, date) values (?, ?, ?, ?, ?)";
    private static final String REVISION = "insert into purchase_order_revision (id, tenant_id, order_id, revision,"
            + " erp_revision, received_at, content_hash, change_count, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    // Explicit SQL types: with a null value and no type, the driver is asked for the parameter's type each time.
    private static final int[] ORDER_TYPES = {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.DATE, Types.TIMESTAMP,
            Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP};
    private static final int[] LINE_TYPES = {Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
            Types.DATE, Types.VARCHAR, Types.INTEGER};
    private static final int[] SCHEDULE_TYPES = {Types.OTHER, Types.OTHER, Types.INTEGER, Types.NUMERIC, Types.DATE};
    private static final int[] REVISION_TYPES = {Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER, Types.BIGINT,
            Types.TIMESTAMP, Types.VARCHAR, Types.INTEGER, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    NewOrderRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One new order and the number of lines it came with. */
    record NewOrder(PurchaseOrder order, int lineCount) {
    }

    void insert(List<NewOrder> newOrders) {
        if (newOrders.isEmpty()) {
            return;
        }
        List<Object[]> orders = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        for (NewOrder created : newOrders) {
            PurchaseOrder order = created.order();
            orders.add(order.rowValues());
            for (PurchaseOrderLine line : order.lines()) {
                lines.add(line.rowValues(order.id().value()));
                schedules.addAll(line.scheduleRows());
            }
            OrderSummary summary = order.summary();
            revisions.add(new Object[] {java.util.UUID.randomUUID(), order.tenantId().value(), order.id().value(), 1,
                    order.erpRevision(), PurchaseOrder.timestamp(summary.revisionReceivedAt()), order.contentHash(),
                    created.lineCount(), null});
        }
        jdbc.batchUpdate(ORDER, orders, ORDER_TYPES);
        jdbc.batchUpdate(LINE, lines, LINE_TYPES);
        if (!schedules.isEmpty()) {
            jdbc.batchUpdate(SCHEDULE, schedules, SCHEDULE_TYPES);
        }
        jdbc.batchUpdate(REVISION, revisions, REVISION_TYPES);
    }
}
