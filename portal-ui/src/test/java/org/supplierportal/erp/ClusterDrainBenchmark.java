package org.supplierportal.erp;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.erp.outbound.OutboundQueue;
import org.supplierportal.testsupport.TrytonTestServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two portal nodes drain a queue of commitments into a real Tryton (issue 12): how long it takes, how the work
 * splits between the nodes, and how many commitments were delivered twice (the goal is none). The commitments are
 * queued in one transaction, so both nodes find them all at once; each moves its line's date by a day (no amendment,
 * so Tryton's work per message stays the same throughout). Not part of the test run; the command is in
 * docs/benchmarks.md. {@code -Dbenchmark.cluster.commitments=N} for another count than 10,000.
 */
class ClusterDrainBenchmark {

    static final int COMMITMENTS = Integer.getInteger("benchmark.cluster.commitments", 10_000);
    static final int LINES_PER_PURCHASE = 10;
    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<TrytonRelay> relays = new ArrayList<>();
    private final List<PortalNode> nodes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        nodes.stream().filter(PortalNode::running).forEach(PortalNode::close);
        relays.forEach(TrytonRelay::close);
    }

    @Test
    void twoNodesDrainTheQueueIntoTryton() throws Exception {
        TrytonTestServer tryton = TrytonTestServer.get();
        tryton.start();
        TrytonBuyer buyer = new TrytonBuyer(tryton.rpc());
        TrytonTables tables = new TrytonTables(tryton.databaseFile());
        long original = buyer.placeOrder(TrytonTestServer.ACME_PARTY, IntStream.range(0, LINES_PER_PURCHASE)
                .mapToObj(i -> new TrytonBuyer.Line(i % 2 == 0 ? "BR-4711" : "SH-2040", 100, i % 2 == 0 ? "1.85" : "24.60", REQUESTED))
                .toArray(TrytonBuyer.Line[]::new));
        List<Long> purchases = new ArrayList<>(List.of(original));
        purchases.addAll(tables.copyPurchase(original, (COMMITMENTS + LINES_PER_PURCHASE - 1) / LINES_PER_PURCHASE - 1));

        for (String id : List.of("bench-node-a", "bench-node-b")) {
            TrytonRelay relay = new TrytonRelay(id, tryton.url());
            relays.add(relay);
            // The order import stays out of the way: the benchmark is about the outbound queue.
            nodes.add(PortalNode.start(id, relay, Map.of("portal.erp.order-import-interval", "PT1H")));
        }
        PortalNode first = nodes.getFirst();
        OutboundQueue queue = first.bean(OutboundQueue.class);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<CommitmentMessage> commitments = new ArrayList<>();
        for (long purchase : purchases) {
            List<Long> lines = tables.linesOf(purchase);
            for (int i = 0; i < lines.size() && commitments.size() < COMMITMENTS; i++) {
                commitments.add(commitment(run, purchase, lines.get(i), i + 1, i % 2 == 0 ? "1.85" : "24.60"));
            }
        }
        long queueing = System.nanoTime();
        first.actors().asSystem(() -> new TransactionTemplate(first.bean(PlatformTransactionManager.class)).executeWithoutResult(
                status -> commitments.forEach(commitment -> queue.enqueueWithTheChange(commitment.idempotencyKey(), "COMMITMENT", null,
                        "PO " + commitment.orderNumber() + " line " + commitment.lineNumber(),
                        JSON.writeValueAsString(commitment)))));
        long queued = System.nanoTime();

        await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> first.actors().asSystem(() -> queue.pendingCount()) == 0);
        long drained = System.nanoTime();

        Map<Long, Long> deliveriesPerLine = relays.stream().flatMap(relay -> relay.passed().stream())
                .filter(call -> call.method().equals("model.purchase.line.read"))
                .collect(Collectors.groupingBy(call -> call.params().get(0).get(0).asLong(), Collectors.counting()));
        long duplicates = deliveriesPerLine.values().stream().mapToLong(count -> count - 1).sum();
        long sent = commitments.stream().filter(commitment -> first.actors().asSystem(() -> queue.byKey(commitment.idempotencyKey()))
                .map(message -> message.status().equals("SENT")).orElse(false)).count();
        Map<String, Long> perNode = relays.stream().collect(Collectors.toMap(TrytonRelay::name, relay -> relay.passed().stream()
                .filter(call -> call.method().equals("model.purchase.line.read")).count()));
        double seconds = (drained - queued) / 1e9;

        String report = String.format("""
                        Two nodes draining %,d queued commitments into Tryton 6.0 (SQLite), %d lines per purchase:
                        | figure | value |
                        |---|---|
                        | queued in one transaction | %.1f s |
                        | drained (queue committed to the last message sent) | %.1f s |
                        | commitments per second | %.1f |
                        | sent (status SENT) | %,d of %,d |
                        | lines delivered | %,d |
                        | duplicate deliveries | %d |
                        | deliveries per node | %s |
                        """, COMMITMENTS, LINES_PER_PURCHASE, (queued - queueing) / 1e9, seconds, COMMITMENTS / seconds,
                sent, COMMITMENTS, deliveriesPerLine.size(), duplicates, perNode);
        System.out.println("\n" + report);
        Path file = Path.of("target", "benchmarks", "cluster.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private static CommitmentMessage commitment(String run, long purchase, long line, int lineNumber, String price) {
        return new CommitmentMessage("cluster-bench:" + run + ":" + line, "TRYTON", String.valueOf(purchase),
                "P" + purchase, String.valueOf(line), lineNumber, new BigDecimal("100"), "u", new BigDecimal(price), "EUR",
                List.of(new CommitmentMessage.Delivery(new BigDecimal("100"), REQUESTED.plusDays(1))));
    }

}
