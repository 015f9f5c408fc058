package org.supplierportal.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster locks in the {@code shedlock} table, compared against the database's clock (so the nodes' clocks do not
 * matter), each held by this node's id and renewed while its holder runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
@EnableSchedulerLock(defaultLockAtMostFor = "${portal.cluster.lock-lease:PT1M}")
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean
    NodeIdentity nodeIdentity(ClusterProperties properties) {
        String id = properties.nodeId() != null && !properties.nodeId().isBlank() ? properties.nodeId().strip()
                : hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        log.info("This portal node is {}", id);
        return new NodeIdentity(id);
    }

    /**
     * The thread that renews held locks. Not a {@link ScheduledExecutorService} bean: Spring would take a sole such
     * bean as the scheduler of every {@code @Scheduled} method, and a long task on this one thread would then keep
     * the renewals of its own lock from running.
     */
    @Bean
    LockKeeper lockKeeper() {
        return new LockKeeper(Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("cluster-lock-keeper").daemon().factory()));
    }

    record LockKeeper(ScheduledExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeIdentity node, LockKeeper lockKeeper) {
        JdbcTemplateLockProvider table = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node.id())
                .usingDbTime()
                .build());
        return new KeepAliveLockProvider(table, lockKeeper.executor());
    }

    @Bean
    ClusterLocks clusterLocks(LockProvider lockProvider, ClusterProperties properties, Clock clock) {
        return new ClusterLocks(lockProvider, properties.lockLease(), clock);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
