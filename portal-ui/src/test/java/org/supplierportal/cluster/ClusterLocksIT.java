package org.supplierportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Cluster locks between two nodes on one PostgreSQL (the second node is a second lock provider with its own node id,
 * on the same table): one runs, the other skips; a node that dies holding a lock loses it after the lease.
 */
@PortalIntegrationTest
class ClusterLocksIT {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    DataSource dataSource;
    @Autowired
    ClusterLocks thisNode;

    private final ScheduledExecutorService otherNodesKeeper = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopOtherNode() {
        otherNodesKeeper.shutdownNow();
    }

    @Test
    void workOfOneNameRunsOnOneNodeAtATime() throws Exception {
        ClusterLocks otherNode = node("node-b");
        String name = "test:" + UUID.randomUUID();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> thisNode.runExclusively(name, () -> {
            running.countDown();
            waitFor(finish);
        }));
        waitFor(running);

        assertThat(otherNode.runExclusively(name, () -> { })).as("the other node while the first runs").isFalse();

        finish.countDown();
        assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(otherNode.runExclusively(name, () -> { })).as("the other node once the first is done").isTrue();
    }

    @Test
    void aLockIsRenewedWhileItsWorkRuns() throws Exception {
        ClusterLocks otherNode = node("node-b");
        String name = "test:" + UUID.randomUUID();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> thisNode.runExclusively(name, () -> {
            running.countDown();
            waitFor(finish);
        }));
        waitFor(running);
        java.sql.Timestamp firstExpiry = lockUntil(name);

        await().atMost(Duration.ofMinutes(2)).until(() -> lockUntil(name).after(firstExpiry));
        assertThat(otherNode.runExclusively(name, () -> { })).isFalse();

        finish.countDown();
        assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
    }

    private java.sql.Timestamp lockUntil(String name) {
        return new JdbcTemplate(dataSource).queryForObject("select lock_until from shedlock where name = ?",
                java.sql.Timestamp.class, name);
    }

    @Test
    void aNodeThatDiesHoldingALockLosesItAfterTheLease() {
        String name = "test:" + UUID.randomUUID();
        // A node that took the lock and stopped: nobody renews it, nobody releases it.
        JdbcTemplateLockProvider deadNode = table("node-dead");
        assertThat(deadNode.lock(new LockConfiguration(Instant.now(), name, LEASE, Duration.ZERO))).isPresent();
        ClusterLocks otherNode = node("node-b");

        assertThat(otherNode.runExclusively(name, () -> { })).as("while the dead node's lease lasts").isFalse();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> otherNode.runExclusively(name, () -> { }));
    }

    private ClusterLocks node(String id) {
        return new ClusterLocks(new KeepAliveLockProvider(table(id), otherNodesKeeper), LEASE, Clock.systemUTC());
    }

    private JdbcTemplateLockProvider table(String nodeId) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock")
                .withLockedByValue(nodeId).usingDbTime().build());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never happened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
