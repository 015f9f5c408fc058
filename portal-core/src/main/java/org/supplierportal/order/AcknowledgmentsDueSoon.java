package org.supplierportal.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * Finds orders whose acknowledgment falls due within the reminder window ({@code portal.acknowledgments.due-soon-window},
 * 24 hours) and is not answered yet, and raises "acknowledgment due soon" once per order and deadline:
 * {@link DeadlineReminders} claims each in the event's transaction and refuses a second claim, so neither a second
 * run nor a second node reminds twice. A revision with a new deadline is reminded again.
 */
@Service
public class AcknowledgmentsDueSoon {

    private static final String KIND = "acknowledgment";

    private static final Logger log = LoggerFactory.getLogger(AcknowledgmentsDueSoon.class);

    private record Due(UUID orderId, UUID tenantId, String number, int revision, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final DeadlineReminders reminders;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration window;

    AcknowledgmentsDueSoon(JdbcClient jdbc, DeadlineReminders reminders, ApplicationEventPublisher events, CurrentUsers currentUsers,
                           TransactionTemplate transaction, Clock clock,
                           @Value("${portal.acknowledgments.due-soon-window:PT24H}") Duration window) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.events = events;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
        this.window = window;
    }

    @Scheduled(initialDelayString = "${portal.acknowledgments.overdue-check-interval:PT1M}",
            fixedDelayString = "${portal.acknowledgments.overdue-check-interval:PT1M}")
    @SchedulerLock(name = "watch:acknowledgments-due-soon", lockAtLeastFor = "PT5S") // one node at a time
    public void checkOnSchedule() {
        int raised = currentUsers.runAsSystem("due-soon check", () -> transaction.execute(status -> raiseNewlyDueSoon()));
        if (raised > 0) {
            log.info("{} acknowledgments fall due within {}", raised, window);
        }
    }

    /** Raises the reminder for each order newly due within the window; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int raiseNewlyDueSoon() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                        select o.id, o.tenant_id, o.number, o.revision, o.ack_due_at from purchase_order o
                        where o.status in ('NEW', 'CHANGED') and o.ack_due_at >= :now and o.ack_due_at < :horizon
                          and not exists (select 1 from deadline_reminder r
                                          where r.kind = :kind and r.subject_id = o.id and r.due_at = o.ack_due_at)""")
                .param("kind", KIND).param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(window)))
                .query((row, number) -> new Due(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                        row.getString("number"), row.getInt("revision"), row.getTimestamp("ack_due_at").toInstant()))
                .list();
        int raised = 0;
        for (Due order : due) {
            if (reminders.claim(KIND, order.orderId(), order.dueAt(), new TenantId(order.tenantId()))) {
                events.publishEvent(new OrderEvents.AcknowledgmentDueSoon(new OrderId(order.orderId()),
                        new TenantId(order.tenantId()), order.number(), order.revision(), order.dueAt()));
                raised++;
            }
        }
        return raised;
    }
}
