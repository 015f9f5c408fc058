package org.supplierportal.erp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.cluster.NodeIdentity;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;

/**
 * Outbound messages are claimed in the database before they are sent (issue 12): two nodes draining one queue at once
 * never take the same message, a dead node's claims pass to the others after their lease, and the messages about one
 * subject go out in their order. No ERP is connected here, so the portal's own dispatcher leaves the queue alone and
 * the two "nodes" are this node's queue and a second queue with another node's name on the same database.
 */
@PortalIntegrationTest
class OutboundClaimsIT {

    private final OutboundQueue thisNode;
    private final OutboundMessageRepository messages;
    private final JdbcClient jdbc;
    private final TestClock clock;
    private final Actors actors;
    private final PlatformTransactionManager transactions;
    private final ErpProperties properties;

    @Autowired
    OutboundClaimsIT(OutboundQueue thisNode, OutboundMessageRepository messages, JdbcClient jdbc, TestClock clock,
                     Actors actors, PlatformTransactionManager transactions, ErpProperties properties) {
        this.thisNode = thisNode;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Two threads of their own: the common pool may have only one on a 2-core machine. */
    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void leaveNoClaimsBehind() {
        nodes.shutdownNow();
        clock.reset();
        actors.asSystem(() -> jdbc.sql("update erp_outbound_message set claimed_by = null, claimed_until = null"
                + " where status = 'PENDING' and claimed_by is not null").update());
    }

    @Test
    void twoNodesDrainingOneQueueNeverTakeTheSameMessage() throws Exception {
        Set<UUID> queued = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            queued.add(enqueue("subject " + i));
        }
        OutboundQueue otherNode = otherNode("node-b");
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<List<UUID>> a = CompletableFuture.supplyAsync(() -> drain(thisNode, together, queued), nodes);
        CompletableFuture<List<UUID>> b = CompletableFuture.supplyAsync(() -> drain(otherNode, together, queued), nodes);
        List<UUID> takenByA = mine(a.get(2, TimeUnit.MINUTES), queued);
        List<UUID> takenByB = mine(b.get(2, TimeUnit.MINUTES), queued);

        assertThat(takenByA).doesNotHaveDuplicates().doesNotContainAnyElementsOf(takenByB);
        assertThat(takenByB).doesNotHaveDuplicates();
        assertThat(new HashSet<>(concat(takenByA, takenByB))).isEqualTo(queued);
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsTakenByAnotherAfterTheLease() {
        UUID message = enqueue("ASN " + run);
        OutboundQueue deadNode = otherNode("node-dead");
        assertThat(claim(deadNode)).contains(message);

        assertThat(claim(thisNode)).as("while the claim lasts").doesNotContain(message);
        clock.advance(properties.outboundClaimLease().plusSeconds(1));
        assertThat(claim(thisNode)).as("after the lease").contains(message);
    }

    @Test
    void onlyTheNodeHoldingAMessagesClaimRecordsHowItsSendingWent() {
        UUID message = enqueue("PO " + run + " line 20");
        OutboundQueue slowNode = otherNode("node-slow");
        assertThat(claim(slowNode)).contains(message);
        clock.advance(properties.outboundClaimLease().plusSeconds(1));
        assertThat(claim(thisNode)).as("after the slow node's lease").contains(message);

        inTransaction(() -> {
            slowNode.failed(message, "Tryton did not answer within 10 s", java.time.Duration.ofMinutes(1));
            return slowNode.dead(message, "refused");
        });
        assertThat(view(message)).as("the slow node's outcomes, after its claim passed on")
                .returns("PENDING", OutboundMessageView::status).returns(0, OutboundMessageView::attempts);

        actors.asSystem(() -> thisNode.sent(message));
        assertThat(view(message)).returns("SENT", OutboundMessageView::status).returns(1, OutboundMessageView::attempts);
        inTransaction(() -> {
            slowNode.sent(message);
            return message;
        });
        assertThat(view(message).attempts()).as("a sending by a node without the claim is not counted").isEqualTo(1);
    }

    private OutboundMessageView view(UUID message) {
        return actors.asSystem(() -> thisNode.find(message).orElseThrow().view());
    }

    @Test
    void theMessagesAboutOneSubjectGoOutInTheirOrder() {
        String subject = "PO " + run + " line 10";
        UUID first = enqueue(subject);
        UUID second = enqueue(subject);

        List<UUID> round1 = claim(thisNode);
        assertThat(round1).contains(first).doesNotContain(second);
        assertThat(claim(thisNode)).as("while the first is out").doesNotContain(second);

        actors.asSystem(() -> thisNode.sent(first));
        assertThat(claim(thisNode)).contains(second);
    }

    private UUID enqueue(String subject) {
        String key = "claims-test:" + run + ":" + UUID.randomUUID();
        inTransaction(() -> {
            thisNode.enqueueWithTheChange(key, "COMMITMENT", null, subject, "{}");
            return key;
        });
        clock.advance(java.time.Duration.ofMillis(1)); // created one after the other, as in life
        return actors.asSystem(() -> thisNode.byKey(key).orElseThrow().id());
    }

    private List<UUID> claim(OutboundQueue node) {
        return claim(node, 1000);
    }

    private List<UUID> claim(OutboundQueue node, int limit) {
        return inTransaction(() -> node.claimDue(limit));
    }

    /**
     * As the system, in a transaction of the portal's transaction manager: what the Spring proxy gives this node's
     * queue, and the other node's queue (a plain object here) needs too, for PostgreSQL's row-level security.
     */
    private <T> T inTransaction(Supplier<T> work) {
        return actors.asSystem(() -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    private OutboundQueue otherNode(String id) {
        return new OutboundQueue(messages, jdbc, new NodeIdentity(id), (Clock) clock, properties);
    }

    /**
     * Claims rounds of seven until nothing is left, marking each of this test's messages sent as a node does after
     * delivering it (other tests' messages on the shared database are left claimed, and released after the test).
     */
    private List<UUID> drain(OutboundQueue node, CyclicBarrier together, Set<UUID> queued) {
        try {
            together.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<UUID> taken = new ArrayList<>();
        List<UUID> round;
        while (!(round = claim(node, 7)).isEmpty()) {
            taken.addAll(round);
            round.stream().filter(queued::contains).forEach(id -> inTransaction(() -> { node.sent(id); return id; }));
        }
        return taken;
    }

    private static List<UUID> mine(List<UUID> taken, Set<UUID> queued) {
        return taken.stream().filter(queued::contains).toList();
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        List<UUID> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
