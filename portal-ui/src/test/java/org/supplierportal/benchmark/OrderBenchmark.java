package org.supplierportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderSort;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * The order list and the acknowledgment under load: 100,000 orders with 1,000,000 lines in one supplier tenant.
 * Not part of the test run (its name ends in neither Test nor IT); run it with the command in docs/benchmarks.md.
 * It prints the figures and writes them to portal-ui/target/benchmarks/orders.md.
 */
@PortalIntegrationTest
class OrderBenchmark {

    static final int ORDERS = Integer.getInteger("benchmark.orders", 100_000);
    static final int LINES_PER_ORDER = 10;

    @Autowired
    DataSource dataSource;
    @Autowired
    OrderQueries orders;
    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    Actors actors;

    @Test
    void orderListAndAcknowledgment() throws Exception {
        TenantSummary acme = actors.tenant("acme-metals");
        long loadStart = System.nanoTime();
        load(acme, ORDERS);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        CurrentUser anna = actors.supplierUser("acme-metals");
        List<Timings.Result> results = new ArrayList<>();

        results.add(Timings.measure("first page (50), newest first", 20, 200, () ->
                actors.as(anna, () -> orders.search(OrderFilter.ALL, OrderSort.ORDER_DATE_DESC, 0, 50))));
        OrderFilter byStatus = new OrderFilter(EnumSet.of(OrderStatus.NEW), false, null, null, null, null);
        results.add(Timings.measure("filtered page: status New", 20, 200, () ->
                actors.as(anna, () -> orders.search(byStatus, OrderSort.ORDER_DATE_DESC, 0, 50))));
        OrderFilter byDate = new OrderFilter(EnumSet.of(OrderStatus.NEW, OrderStatus.CONFIRMED), false,
                LocalDate.now().minusDays(200), LocalDate.now().minusDays(100), null, null);
        results.add(Timings.measure("filtered page: 2 statuses + 100-day order date range", 20, 200, () ->
                actors.as(anna, () -> orders.search(byDate, OrderSort.ORDER_DATE_DESC, 0, 50))));
        OrderFilter byPart = new OrderFilter(null, false, null, null, "BM-PART-0042", null);
        results.add(Timings.measure("filtered page: part number prefix", 20, 200, () ->
                actors.as(anna, () -> orders.search(byPart, OrderSort.ORDER_DATE_DESC, 0, 50))));
        OrderFilter byNumber = new OrderFilter(null, false, null, null, "BM00042", null);
        results.add(Timings.measure("filtered page: PO number prefix", 20, 200, () ->
                actors.as(anna, () -> orders.search(byNumber, OrderSort.ORDER_DATE_DESC, 0, 50))));
        results.add(Timings.measure("capped count for the list header (10,000+)", 10, 100, () ->
                actors.as(anna, () -> orders.count(OrderFilter.ALL, 10_000))));
        results.add(Timings.measure("deep page: offset 50,000", 5, 50, () ->
                actors.as(anna, () -> orders.search(OrderFilter.ALL, OrderSort.ORDER_DATE_DESC, 50_000, 50))));

        List<OrderId> toAnswer = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            TestOrders.Builder order = TestOrders.order("SUP-1001");
            for (int line = 1; line <= 50; line++) {
                order.line(line * 10, "BM-ACK-" + line, "100", "2.50", LocalDate.now().plusDays(30));
            }
            toAnswer.add(actors.asSystem(() -> inbound.receive(order.build())).orderId());
        }
        java.util.Iterator<OrderId> next = toAnswer.iterator();
        results.add(Timings.measure("acknowledge a 50-line order (45 accept, 5 outside)", 10, 50, () -> {
            OrderId order = next.next();
            List<LineAnswer> answers = new ArrayList<>();
            for (int line = 1; line <= 50; line++) {
                answers.add(line % 10 == 0 ? LineAnswer.propose(line * 10, null, LocalDate.now().plusDays(40), null)
                        : LineAnswer.accept(line * 10));
            }
            return actors.as(anna, () -> acknowledgments.submit(
                    new AcknowledgmentRequest(order, 1, UUID.randomUUID().toString(), null, answers)));
        }));

        StringBuilder report = new StringBuilder()
                .append("Orders: ").append(ORDERS).append(" with ").append(ORDERS * LINES_PER_ORDER)
                .append(" lines in one tenant (loaded in ").append(String.format("%.1f", loadSeconds)).append(" s)\n\n")
                .append(Timings.header()).append('\n');
        results.forEach(result -> report.append(result).append('\n'));
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmarks", "orders.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
    }

    /** Plain JDBC batches, as the system (all tenants) in one transaction per 5,000 orders: test data, fast. */
    private void load(TenantSummary tenant, int count) throws Exception {
        UUID tenantId = tenant.id().value();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OrderStatus[] statuses = {OrderStatus.NEW, OrderStatus.CONFIRMED, OrderStatus.CONFIRMED, OrderStatus.CHANGED,
                OrderStatus.CONFIRMED, OrderStatus.IN_REVIEW, OrderStatus.CONFIRMED, OrderStatus.CONFIRMED};
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int start = 0; start < count; start += 5_000) {
                try (Statement scope = connection.createStatement()) {
                    scope.execute("select set_config('app.all_tenants', 'on', true)");
                }
                try (PreparedStatement order = connection.prepareStatement("insert into purchase_order (id, tenant_id,"
                        + " source_system, supplier_party_code, erp_id, number, erp_revision, revision, buyer_name, currency, order_date, status,"
                        + " line_count, total_amount, first_requested_date, revision_received_at, ack_due_at, content_hash,"
                        + " created_at, updated_at) values (?, ?, 'BENCH', 'SUP-1001', ?, ?, 1, 1, 'Bea Buyer', 'EUR', ?, ?, ?, ?, ?, ?, ?, 'x', ?, ?)");
                     PreparedStatement line = connection.prepareStatement("insert into purchase_order_line (id, tenant_id,"
                             + " order_id, line_number, part_number, supplier_part_number, description, quantity, unit,"
                             + " unit_price, price_unit, requested_date, status, changed_in_revision) values"
                             + " (?, ?, ?, ?, ?, ?, 'Benchmark part', 100, 'pcs', 2.5, 1, ?, ?, 1)")) {
                    for (int i = start; i < Math.min(count, start + 5_000); i++) {
                        UUID id = UUID.randomUUID();
                        LocalDate ordered = LocalDate.now().minusDays(i % 730);
                        OrderStatus status = statuses[i % statuses.length];
                        order.setObject(1, id);
                        order.setObject(2, tenantId);
                        order.setString(3, "BM" + i);
                        order.setString(4, String.format("BM%07d", i));
                        order.setObject(5, ordered);
                        order.setString(6, status.name());
                        order.setInt(7, LINES_PER_ORDER);
                        order.setBigDecimal(8, new java.math.BigDecimal("2500"));
                        order.setObject(9, ordered.plusDays(30));
                        order.setObject(10, now);
                        order.setObject(11, now.plusDays(2));
                        order.setObject(12, now);
                        order.setObject(13, now);
                        order.addBatch();
                        for (int l = 1; l <= LINES_PER_ORDER; l++) {
                            line.setObject(1, UUID.randomUUID());
                            line.setObject(2, tenantId);
                            line.setObject(3, id);
                            line.setInt(4, l * 10);
                            line.setString(5, String.format("BM-PART-%04d", (i * 7 + l) % 5000));
                            line.setString(6, "S-" + l);
                            line.setObject(7, ordered.plusDays(30));
                            line.setString(8, status == OrderStatus.CONFIRMED ? "COMMITTED" : "AWAITING_ANSWER");
                            line.addBatch();
                        }
                    }
                    order.executeBatch();
                    line.executeBatch();
                }
                connection.commit();
            }
        }
        // As the owner (only the owner may vacuum): settle the visibility map and statistics before measuring, so
        // autovacuum does not compete with the measurements on a 2-core machine.
        var server = org.supplierportal.testsupport.SharedTestDatabase.server();
        try (Connection owner = java.sql.DriverManager.getConnection(server.jdbcUrl(),
                org.supplierportal.database.EmbeddedPostgresServer.OWNER_ROLE, org.supplierportal.database.EmbeddedPostgresServer.OWNER_ROLE);
             Statement vacuum = owner.createStatement()) {
            vacuum.execute("vacuum (analyze) purchase_order, purchase_order_line");
        }
    }

}
