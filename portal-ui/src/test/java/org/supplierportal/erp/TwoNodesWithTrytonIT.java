package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.database.EmbeddedPostgresServer;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.SharedTestDatabase;
import org.supplierportal.testsupport.TrytonTestServer;
import tools.jackson.databind.JsonNode;

/**
 * Two portal nodes on one PostgreSQL and the real Tryton (issue 12), each a whole application with its own node id and
 * schedules: every order is imported once, every commitment and every ASN version reaches Tryton once, and when a node
 * is stopped in the middle of an import or of a delivery, the other node finishes the work on its own schedule.
 * "In the middle" is exact: each node talks to Tryton through a relay that holds one chosen call; the node caught
 * there is cut off from Tryton (nothing more it sends arrives, as if it had died at that call) and closed.
 */
class TwoNodesWithTrytonIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);
    /** Generous: a stopped node's work passes on when its run fails or its claims lapse (lease 30 s here). */
    private static final Duration TAKEOVER = Duration.ofMinutes(3);
    /** Three chunks of the test Tryton's five: a node stopped after the first leaves two to the other. */
    private static final int PURCHASES = 12;

    private final List<TrytonRelay> relays = new ArrayList<>();
    private final List<PortalNode> nodes = new ArrayList<>();
    private TrytonTestServer tryton;
    private Map<String, Object> settings;
    private String database;

    /**
     * The nodes' own database: other tests' applications, cached by Spring in the same JVM and connected to the same
     * Tryton, would otherwise be nodes of this cluster too and send some of its messages.
     */
    @BeforeEach
    void ownDatabase() {
        database = SharedTestDatabase.createDatabase("two_nodes_" + UUID.randomUUID().toString().substring(0, 8));
        settings = Map.of("portal.erp.outbound-claim-lease", "PT30S",
                "spring.datasource.url", database, "spring.flyway.url", database);
    }

    @AfterEach
    void stopEverything() {
        nodes.stream().filter(PortalNode::running).forEach(PortalNode::close);
        relays.forEach(TrytonRelay::close);
    }

    @Test
    void eachOrderIsImportedOnceEachMessageSentOnceAndAStoppedNodesWorkIsFinishedByTheOther() {
        tryton = TrytonTestServer.get();
        tryton.start();
        TrytonBuyer buyer = new TrytonBuyer(tryton.rpc());
        TrytonTables tables = new TrytonTables(tryton.databaseFile());
        List<Long> purchases = IntStream.range(0, PURCHASES).mapToObj(i -> buyer.placeOrder(TrytonTestServer.ACME_PARTY,
                new TrytonBuyer.Line("BR-4711", 100, "1.85", REQUESTED))).toList();
        List<Long> lines = purchases.stream().map(purchase -> buyer.lineIds(purchase).getFirst()).toList();

        // 1. The node running the import is stopped when its second chunk asks Tryton for its purchases.
        TrytonRelay.Hold secondChunk = new TrytonRelay.Hold("model.purchase.purchase.search_read",
                TwoNodesWithTrytonIT::readsWholePurchases, 1);
        PortalNode first = node("node-a", secondChunk);
        PortalNode second = node("node-b", secondChunk);
        numberAsnsApartFromOtherTests();
        await().atMost(TAKEOVER).until(() -> secondChunk.heldOn() != null);
        PortalNode importing = nodeOf(secondChunk.heldOn());
        PortalNode survivor = importing == first ? second : first;
        assertThat(imported(survivor, purchases)).as("in the middle of the import").isLessThan(PURCHASES);

        stop(importing, secondChunk);
        await().atMost(TAKEOVER).untilAsserted(() -> assertThat(imported(survivor, purchases)).isEqualTo(PURCHASES));
        OrderQueries orders = survivor.bean(OrderQueries.class);
        for (long purchase : purchases) {
            OrderDetail detail = survivor.actors().asSystem(() -> orders.detail(order(survivor, purchase).id()));
            assertThat(detail.revisions()).as("purchase %d imported once", purchase).hasSize(1);
            assertThat(detail.lines()).hasSize(1);
        }
        assertThat(wholePurchaseReads(survivor.relay())).as("the survivor read what the stopped node had left")
                .isPositive();

        // 2. Two live nodes deliver: six commitments (quantity up 5 %, two days later: an amendment and new dates in
        //    Tryton), three lines accepted as they are and shipped with an ASN that then changes (two versions each).
        PortalNode third = node("node-c", null);
        List<PortalNode> live = List.of(survivor, third);
        for (int i = 0; i < 6; i++) {
            commit(live.get(i % 2), purchases.get(i), lines.get(i));
        }
        List<AsnView> asns = new ArrayList<>();
        for (int i = 6; i < 9; i++) {
            PortalNode node = live.get(i % 2);
            answer(node, purchases.get(i), LineAnswer.accept(lines.get(i).intValue()));
            asns.add(shipThenChange(node, purchases.get(i), lines.get(i)));
        }
        await().atMost(TAKEOVER).untilAsserted(() -> {
            for (int i = 0; i < 6; i++) {
                assertThat(buyer.plannedDateOfOpenMove(lines.get(i))).isEqualTo(REQUESTED.plusDays(2));
            }
            for (AsnView asn : asns) {
                assertThat(tables.shipmentsWithReference(asn.number())).hasSize(1);
                assertThat(buyer.moveQuantities(tables.shipmentsWithReference(asn.number()).getFirst())).containsExactly(90.0);
            }
        });

        // 3. The node delivering the next commitments is stopped at its first call for them; the other sends them.
        TrytonRelay.Hold firstPush = new TrytonRelay.Hold("model.purchase.line.read", params -> true, 0);
        live.forEach(node -> node.relay().arm(firstPush));
        for (int i = 9; i < PURCHASES; i++) {
            commit(survivor, purchases.get(i), lines.get(i));
        }
        await().atMost(TAKEOVER).until(() -> firstPush.heldOn() != null);
        PortalNode delivering = nodeOf(firstPush.heldOn());
        stop(delivering, firstPush);
        await().atMost(TAKEOVER).untilAsserted(() -> {
            for (int i = 9; i < PURCHASES; i++) {
                assertThat(buyer.plannedDateOfOpenMove(lines.get(i))).isEqualTo(REQUESTED.plusDays(2));
            }
        });

        // Each message reached Tryton once. A delivery starts by reading its line (a commitment) or by looking the
        // shipment up (an ASN version); while both nodes lived, each was made once, or once per attempt the queue
        // recorded: a shared Tryton on a busy machine may fail a call in passing (busy database, a call over its
        // time), and the message is tried again. Only the node holding a message's claim records an attempt, so a
        // message two nodes sent shows more deliveries than attempts. A delivery the stopped node had
        // under way when it was cut off is made whole by the other node, once; Tryton applies a commitment once however
        // often it comes (the amendment carries its key). In Tryton's tables: one amendment per changed line, one move
        // per line, one shipment per ASN.
        PortalNode finishing = delivering == survivor ? third : survivor;
        for (int i = 0; i < PURCHASES; i++) {
            long line = lines.get(i);
            if (i < 9) {
                assertThat(deliveries(relays, line)).as("deliveries of the commitment for line %d", line)
                        .isBetween(1L, (long) attemptsRecorded(finishing, line));
            } else {
                assertThat(deliveries(List.of(finishing.relay()), line)).as("deliveries by the node that took over, line %d", line)
                        .isEqualTo(1);
                assertThat(deliveries(List.of(delivering.relay()), line)).as("cut off on the stopped node, line %d", line)
                        .isLessThanOrEqualTo(1);
            }
            assertThat(tables.movesOfLine(line)).as("moves of line %d", line).isEqualTo(1);
            assertThat(buyer.amendments(purchases.get(i))).as("amendments of purchase %d", purchases.get(i))
                    .isEqualTo(i >= 6 && i < 9 ? 0 : 1);
        }
        for (AsnView asn : asns) {
            assertThat(relays.stream().flatMap(relay -> relay.passed().stream()))
                    .as("deliveries of ASN %s", asn.number())
                    .filteredOn(call -> call.method().equals("model.stock.shipment.in.search_read")
                            && call.mentions('"' + asn.number() + '"'))
                    .hasSizeBetween(2, asnAttemptsRecorded(finishing, asn.number()));
        }
    }

    /** The commitment deliveries for a line that went through these relays (each begins by reading the line). */
    private static long deliveries(List<TrytonRelay> through, long line) {
        return through.stream().flatMap(relay -> relay.passed().stream())
                .filter(call -> call.method().equals("model.purchase.line.read") && call.params().get(0).get(0).asLong() == line)
                .count();
    }

    /** The attempts the outbound queue recorded for the commitment of a line: one, or more after passing failures. */
    private static int attemptsRecorded(PortalNode node, long line) {
        JdbcClient jdbc = node.bean(JdbcClient.class);
        return inTransaction(node, () -> jdbc.sql("""
                        select attempts from erp_outbound_message
                        where kind = 'COMMITMENT' and payload::jsonb ->> 'erpLineId' = :line""")
                .param("line", String.valueOf(line)).query(Integer.class).single());
    }

    /** The attempts the outbound queue recorded for the versions of an ASN together. */
    private static int asnAttemptsRecorded(PortalNode node, String asnNumber) {
        JdbcClient jdbc = node.bean(JdbcClient.class);
        return inTransaction(node, () -> jdbc.sql("""
                        select coalesce(sum(attempts), 0) from erp_outbound_message
                        where kind = 'ASN' and payload::jsonb ->> 'asnNumber' = :number""")
                .param("number", asnNumber).query(Integer.class).single());
    }

    /** As the system, in a transaction of the node's own manager: the one that opens the queue to it (row-level security). */
    private static <T> T inTransaction(PortalNode node, Supplier<T> query) {
        return node.actors().asSystem(() -> new TransactionTemplate(node.bean(PlatformTransactionManager.class))
                .execute(status -> query.get()));
    }

    private PortalNode node(String id, TrytonRelay.Hold hold) {
        TrytonRelay relay = new TrytonRelay(id, tryton.url());
        relays.add(relay);
        if (hold != null) {
            relay.arm(hold);
        }
        PortalNode node = PortalNode.start(id, relay, settings);
        nodes.add(node);
        return node;
    }

    /**
     * This database numbers ASNs from the start again, and the shared Tryton may already hold shipments of other tests'
     * ASNs with the first numbers: this cluster's ASNs take numbers far from those.
     */
    private void numberAsnsApartFromOtherTests() {
        String owner = EmbeddedPostgresServer.OWNER_ROLE; // the sequence's owner; the application may only draw from it
        try (Connection connection = DriverManager.getConnection(database, owner, owner);
             Statement statement = connection.createStatement()) {
            statement.execute("select setval('asn_number_seq', " + (500_000 + ThreadLocalRandom.current().nextInt(400_000)) + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PortalNode nodeOf(TrytonRelay relay) {
        return nodes.stream().filter(node -> node.relay() == relay).findFirst().orElseThrow();
    }

    /**
     * Stops a node where the hold caught it: from that moment nothing it sends reaches Tryton, as if it had died at
     * the held call; its application closes (as a JVM shutdown would close it) while the held call is let go.
     */
    private static void stop(PortalNode node, TrytonRelay.Hold hold) {
        node.relay().cutOff();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(node::close);
        hold.release();
        closing.join();
    }

    private static boolean readsWholePurchases(JsonNode params) {
        JsonNode firstCondition = params.path(0).path(0);
        return "id".equals(firstCondition.path(0).asString()) && "in".equals(firstCondition.path(1).asString());
    }

    private static long wholePurchaseReads(TrytonRelay relay) {
        return relay.passed().stream().filter(call -> call.method().equals("model.purchase.purchase.search_read")
                && readsWholePurchases(call.params())).count();
    }

    private static int imported(PortalNode node, List<Long> purchases) {
        OrderQueries orders = node.bean(OrderQueries.class);
        return (int) purchases.stream().filter(purchase -> node.actors().asSystem(() ->
                orders.findByErpId("TRYTON", String.valueOf(purchase))).isPresent()).count();
    }

    private static OrderForAnswer order(PortalNode node, long purchase) {
        OrderQueries orders = node.bean(OrderQueries.class);
        return node.actors().asSystem(() -> orders.findByErpId("TRYTON", String.valueOf(purchase))).orElseThrow();
    }

    /** Within Acme's tolerances (5 % more, two days later): committed at once, and sent to Tryton. */
    private static void commit(PortalNode node, long purchase, long line) {
        answer(node, purchase, LineAnswer.propose((int) line, new BigDecimal("105"), REQUESTED.plusDays(2), null));
    }

    private static void answer(PortalNode node, long purchase, LineAnswer answer) {
        Actors actors = node.actors();
        AcknowledgmentService acknowledgments = node.bean(AcknowledgmentService.class);
        OrderForAnswer order = order(node, purchase);
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(order.id(), 1,
                UUID.randomUUID().toString(), null, List.of(answer))));
    }

    /** An ASN of 80 for the line, then its second version with 90. */
    private static AsnView shipThenChange(PortalNode node, long purchase, long line) {
        Actors actors = node.actors();
        AsnService asns = node.bean(AsnService.class);
        OrderForAnswer order = order(node, purchase);
        AsnView asn = actors.as(actors.supplierUser("acme-metals"), () -> asns.create(shipping(order, line, "80")));
        return actors.as(actors.supplierUser("acme-metals"), () -> asns.change(asn.id(), asn.version(), shipping(order, line, "90")));
    }

    private static AsnDraft shipping(OrderForAnswer order, long line, String quantity) {
        return new AsnDraft(LocalDate.now(), LocalDate.now().plusDays(2), "DHL Freight", "JD0123", null,
                List.of(new AsnDraft.Line(order.id().value(), (int) line, new BigDecimal(quantity), "LOT-7", List.of())),
                List.of());
    }
}
