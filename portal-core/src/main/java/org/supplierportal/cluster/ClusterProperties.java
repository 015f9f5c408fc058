package org.supplierportal.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodeId           this node's name in locks and logs; empty for host name plus random characters
 * @param lockLease        how long a lock outlives a node that stopped without releasing it: while its holder runs,
 *                         the lock is renewed every half lease, so this bounds the time before another node takes the
 *                         work over (at least 30 seconds)
 * @param eventsResubmitAfter an event publication whose listener has not completed after this long is handed to its
 *                         listener again (by one node)
 * @param eventsRetention  completed event publications are deleted after this long
 * @param housekeepingInterval how often the event publication registry is looked after
 */
@ConfigurationProperties("portal.cluster")
public record ClusterProperties(String nodeId,
                                @DefaultValue("PT1M") Duration lockLease,
                                @DefaultValue("PT5M") Duration eventsResubmitAfter,
                                @DefaultValue("P7D") Duration eventsRetention,
                                @DefaultValue("PT1M") Duration housekeepingInterval) {

    public ClusterProperties {
        if (lockLease.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("portal.cluster.lock-lease must be at least 30 seconds, not " + lockLease);
        }
    }
}
