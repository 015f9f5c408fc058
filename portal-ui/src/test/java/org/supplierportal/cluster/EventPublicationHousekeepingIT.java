package org.supplierportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.testsupport.PortalIntegrationTest;

/** Completed event publications are deleted after the retention period; newer and incomplete ones stay. */
@PortalIntegrationTest
class EventPublicationHousekeepingIT {

    @Autowired
    EventPublicationHousekeeping housekeeping;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeleted() {
        Instant now = Instant.now();
        UUID old = publication(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));
        UUID recent = publication(now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)));
        UUID waiting = publication(now.minus(Duration.ofDays(30)), null);

        housekeeping.lookAfterThePublications();

        assertThat(exists(old)).as("completed 30 days ago").isFalse();
        assertThat(exists(recent)).as("completed an hour ago").isTrue();
        assertThat(exists(waiting)).as("never completed").isTrue();
        jdbc.update("delete from event_publication where id in (?, ?)", recent, waiting);
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        // A listener that does not exist: resubmitting the incomplete one finds nobody to hand it to.
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date, status, completion_attempts) values (?, 'test.NoSuchListener.on(java.lang.String)',"
                        + " 'java.lang.String', '\"housekeeping test\"', ?, ?, ?, 1)",
                id, Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
                completed == null ? "PUBLISHED" : "COMPLETED");
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, id) == 1;
    }
}
