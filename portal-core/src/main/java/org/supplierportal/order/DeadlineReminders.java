package org.supplierportal.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.tenancy.TenantId;

/**
 * Remembers which reminders before a deadline went out ("acknowledgment due within 24 hours", "quality step due
 * soon"), so each goes out once per thing and deadline across every node: the row's key refuses a second claim, even
 * from a node that checked at the same moment. A new deadline for the same thing is a new reminder. Kept with the
 * orders, whose acknowledgment deadlines it was made for; the quality module (which uses orders already) claims its
 * steps' reminders here too, and a module test of either starts with it.
 */
@Service
public class DeadlineReminders {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineReminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the reminder of this thing and deadline, in the caller's transaction (the one that publishes it).
     *
     * @param kind what the thing is ("acknowledgment", "quality-step")
     * @return false when it was claimed before: nothing to send
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String kind, UUID subjectId, Instant dueAt, TenantId tenant) {
        return jdbc.sql("""
                        insert into deadline_reminder (kind, subject_id, due_at, tenant_id, raised_at)
                        values (:kind, :subject, :due, :tenant, :now) on conflict do nothing""")
                .param("kind", kind).param("subject", subjectId).param("due", Timestamp.from(dueAt))
                .param("tenant", tenant.value()).param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
