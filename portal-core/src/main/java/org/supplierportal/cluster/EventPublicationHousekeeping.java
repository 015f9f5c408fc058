package org.supplierportal.cluster;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after the event publication registry (the outbox) on one node at a time: an event whose listener failed or
 * whose node stopped before the listener finished is handed to its listener again once it is older than the
 * threshold, and completed publications are deleted after the retention period. Restarts no longer resubmit
 * everything: in a cluster that would hand a live node's work to a second listener.
 */
@Component
class EventPublicationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final ClusterProperties properties;

    EventPublicationHousekeeping(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                 ClusterProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${portal.cluster.housekeeping-interval:PT1M}",
            fixedDelayString = "${portal.cluster.housekeeping-interval:PT1M}")
    @SchedulerLock(name = "events:housekeeping", lockAtLeastFor = "PT5S")
    public void onSchedule() {
        lookAfterThePublications();
    }

    /**
     * The work itself, without the cluster lock: a direct call must not be skipped silently because another node (or
     * this one, within the lock's minimum hold) just did the scheduled round. Running it twice at once is harmless.
     */
    public void lookAfterThePublications() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.eventsResubmitAfter());
        completed.deletePublicationsOlderThan(properties.eventsRetention());
        log.debug("Event publications older than {} resubmitted, completed ones older than {} deleted",
                properties.eventsResubmitAfter(), properties.eventsRetention());
    }
}
