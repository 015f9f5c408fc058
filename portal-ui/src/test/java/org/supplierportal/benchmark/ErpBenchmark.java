package org.supplierportal.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.erp.TrytonBuyerAccess;
import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.ErpJobs;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.ErpIntegrationTest;
import org.supplierportal.testsupport.TrytonTestServer;

/**
 * The connector's figures: import throughput through the inbound path against a plain JDBC batch insert of the same
 * rows, and the latency from a supplier's answer to its arrival in a real Tryton. Run with the command in
 * docs/benchmarks.md; not part of the test run.
 */
@ErpIntegrationTest
class ErpBenchmark {

    static final int ORDERS = Integer.getInteger("benchmark.import.orders", 10_000);
    static final int LINES = 10;
    static final int CHUNK = 50;

    @Autowired
    DataSource dataSource;
    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    ErpJobs jobs;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Actors actors;

    @Test
    void importThroughputAndAnswerLatency() throws Exception {
        TenantSummary acme = actors.tenant("acme-metals");
        StringBuilder report = new StringBuilder();

        List<OrderDocument> documents = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < ORDERS; i++) {
            List<OrderDocument.Line> lines = new ArrayList<>();
            for (int l = 1; l <= LINES; l++) {
                lines.add(new OrderDocument.Line(l * 10, "E" + l, "BM-" + (i % 500) + "-" + l, null, "Part " + l,
                        new BigDecimal("100"), "pcs", new BigDecimal("2.50"), BigDecimal.ONE, LocalDate.now().plusDays(30), List.of()));
            }
            documents.add(new OrderDocument("BENCH", run + "-" + i, "B" + run + i, 1, "SUP-1001", "Bea Buyer", null, "EUR",
                    "30 days net", "FCA", "Plant 1", LocalDate.now(), lines));
        }
        // Warm up the inbound path (JIT, statement caches) on a few orders that are not counted.
        for (int i = 0; i < 200; i += CHUNK) {
            List<OrderDocument> chunk = documents.subList(i, i + CHUNK);
            actors.asSystem(() -> inbound.receiveAll(chunk.stream().map(ErpBenchmark::warmup).toList()));
        }
        // Rounds of both paths, taking turns, so that a busy moment of the machine hits both alike; medians reported.
        int rounds = 5;
        int perRound = ORDERS / rounds;
        List<Double> inboundRates = new ArrayList<>();
        List<Double> plainRates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<OrderDocument> slice = documents.subList(round * perRound, (round + 1) * perRound);
            long start = System.nanoTime();
            for (int i = 0; i < slice.size(); i += CHUNK) {
                List<OrderDocument> chunk = slice.subList(i, Math.min(slice.size(), i + CHUNK));
                actors.asSystem(() -> inbound.receiveAll(chunk));
            }
            inboundRates.add(slice.size() * LINES / ((System.nanoTime() - start) / 1e9));
            start = System.nanoTime();
            plainInsert(acme, slice);
            plainRates.add(slice.size() * LINES / ((System.nanoTime() - start) / 1e9));
        }
        Collections.sort(inboundRates);
        Collections.sort(plainRates);
        double inboundRate = inboundRates.get(rounds / 2);
        double plainRate = plainRates.get(rounds / 2);

        report.append(String.format("Import of %,d orders x %d lines, in %d rounds of %,d orders per path taking turns,"
                + " chunks of %d orders per transaction (median of the rounds):%n%n", ORDERS, LINES, rounds, perRound, CHUNK));
        report.append("| path | lines per second | orders per second |\n|---|---|---|\n");
        report.append(String.format("| inbound service (validation, revision document, audit, events) | %,.0f | %,.0f |%n",
                inboundRate, inboundRate / LINES));
        report.append(String.format("| plain JDBC batch insert of the same order and line rows | %,.0f | %,.0f |%n",
                plainRate, plainRate / LINES));
        report.append(String.format("%nRatio (inbound / plain): %.2f (rounds: inbound %s, plain %s lines/s)%n%n",
                inboundRate / plainRate, rates(inboundRates), rates(plainRates)));

        report.append(latency(acme));
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmarks", "erp.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
    }

    private static String rates(List<Double> rates) {
        return rates.stream().map(rate -> String.format("%,.0f", rate)).collect(java.util.stream.Collectors.joining(" / "));
    }

    private static OrderDocument warmup(OrderDocument document) {
        return new OrderDocument(document.sourceSystem(), "warmup-" + document.erpId(), document.number(), 1,
                document.supplierPartyCode(), document.buyerName(), null, document.currency(), document.paymentTerms(),
                document.incoterms(), document.shipTo(), document.orderDate(), document.lines());
    }

    /** The same orders and lines as rows, the fastest way JDBC offers short of COPY. */
    private void plainInsert(TenantSummary tenant, List<OrderDocument> documents) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < documents.size(); i += CHUNK) {
                try (Statement scope = connection.createStatement()) {
                    scope.execute("select set_config('app.all_tenants', 'on', true)");
                }
                try (PreparedStatement order = connection.prepareStatement("insert into purchase_order (id, tenant_id, source_system,"
                        + " supplier_party_code, erp_id, number, erp_revision, revision, buyer_name, currency, order_date, status, line_count, total_amount,"
                        + " revision_received_at, content_hash, created_at, updated_at) values (?, ?, 'PLAIN', 'SUP-1001', ?, ?, 1, 1, ?, 'EUR', ?,"
                        + " 'NEW', 10, 2500, ?, 'x', ?, ?)");
                     PreparedStatement line = connection.prepareStatement("insert into purchase_order_line (id, tenant_id, order_id,"
                             + " line_number, part_number, description, quantity, unit, unit_price, price_unit, requested_date, status,"
                             + " changed_in_revision) values (?, ?, ?, ?, ?, ?, ?, 'pcs', ?, 1, ?, 'AWAITING_ANSWER', 1)")) {
                    for (OrderDocument document : documents.subList(i, Math.min(documents.size(), i + CHUNK))) {
                        UUID id = UUID.randomUUID();
                        order.setObject(1, id);
                        order.setObject(2, tenant.id().value());
                        order.setString(3, document.erpId());
                        order.setString(4, document.number());
                        order.setString(5, document.buyerName());
                        order.setObject(6, document.orderDate());
                        order.setObject(7, now);
                        order.setObject(8, now);
                        order.setObject(9, now);
                        order.addBatch();
                        for (OrderDocument.Line documentLine : document.lines()) {
                            line.setObject(1, UUID.randomUUID());
                            line.setObject(2, tenant.id().value());
                            line.setObject(3, id);
                            line.setInt(4, documentLine.lineNumber());
                            line.setString(5, documentLine.partNumber());
                            line.setString(6, documentLine.description());
                            line.setBigDecimal(7, documentLine.quantity());
                            line.setBigDecimal(8, documentLine.unitPrice());
                            line.setObject(9, documentLine.requestedDate());
                            line.addBatch();
                        }
                    }
                    order.executeBatch();
                    line.executeBatch();
                }
                connection.commit();
            }
        }
    }

    /** From "submit" in the portal to the new date on the purchase line's open move in Tryton. */
    private String latency(TenantSummary acme) {
        TrytonTestServer tryton = TrytonTestServer.get();
        tryton.start();
        TrytonBuyerAccess buyer = new TrytonBuyerAccess(tryton.rpc());
        int samples = 25;
        LocalDate requested = LocalDate.now().plusDays(30);
        List<long[]> purchases = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long purchase = buyer.placeOrder(TrytonTestServer.ACME_PARTY, requested);
            purchases.add(new long[] {purchase, buyer.firstLine(purchase)});
        }
        actors.asSystem(() -> jobs.runAndWait(ErpJob.ORDERS));
        List<Double> millis = new ArrayList<>();
        for (long[] purchase : purchases) {
            OrderForAnswer order = actors.asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(purchase[0]))).orElseThrow();
            LocalDate agreed = requested.plusDays(1);
            long start = System.nanoTime();
            actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order.id(), 1,
                    UUID.randomUUID().toString(), null, List.of(LineAnswer.propose((int) purchase[1], null, agreed, null)))));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!agreed.equals(buyer.plannedDate(purchase[1])) && System.nanoTime() < deadline) {
                sleep(10);
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("Answer to Tryton (supplier submits a new date within tolerance -> the open move in Tryton has it), "
                        + "%d answers, one at a time:%n%n| p50 | p95 | max |%n|---|---|---|%n| %.0f ms | %.0f ms | %.0f ms |%n",
                samples, Timings.percentile(millis, 50), Timings.percentile(millis, 95), millis.getLast());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
