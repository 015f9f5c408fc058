package org.supplierportal.quality;

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
import org.supplierportal.order.DeadlineReminders;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;

/**
 * Finds steps of open incidents, still the supplier's turn, that fall due within the reminder window
 * ({@code portal.quality.due-soon-window}, 24 hours) and raises "step due soon" once per step and due time:
 * {@link DeadlineReminders} claims each in the event's transaction and refuses a second claim.
 */
@Service
public class QualityStepsDueSoon {

    private static final String KIND = "quality-step";

    private static final Logger log = LoggerFactory.getLogger(QualityStepsDueSoon.class);

    private record Due(UUID stepId, UUID incidentId, UUID tenantId, String incidentNumber, StepKind kind, Instant dueAt) {
    }

    private final JdbcClient jdbc;
    private final DeadlineReminders reminders;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration window;

    QualityStepsDueSoon(JdbcClient jdbc, DeadlineReminders reminders, ApplicationEventPublisher events, CurrentUsers currentUsers,
                        TransactionTemplate transaction, Clock clock,
                        @Value("${portal.quality.due-soon-window:PT24H}") Duration window) {
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.events = events;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
        this.window = window;
    }

    @Scheduled(initialDelayString = "${portal.quality.check-interval:PT15M}", fixedDelayString = "${portal.quality.check-interval:PT15M}")
    @SchedulerLock(name = "watch:quality-steps-due-soon", lockAtLeastFor = "PT5S") // one node at a time
    public void checkOnSchedule() {
        int raised = currentUsers.runAsSystem("quality due-soon check", () -> transaction.execute(status -> check()));
        if (raised > 0) {
            log.info("{} quality steps fall due within {}", raised, window);
        }
    }

    /** Raises the steps newly due within the window; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int check() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                        select s.id, i.id as incident_id, i.tenant_id, i.number, s.kind, s.due_at
                        from quality_step s join quality_incident i on i.id = s.incident_id
                        where i.status = 'OPEN' and s.status in ('OPEN', 'RETURNED') and s.due_at >= :now and s.due_at < :horizon
                          and not exists (select 1 from deadline_reminder r
                                          where r.kind = :kind and r.subject_id = s.id and r.due_at = s.due_at)""")
                .param("kind", KIND).param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(window)))
                .query((row, number) -> new Due(row.getObject("id", UUID.class), row.getObject("incident_id", UUID.class),
                        row.getObject("tenant_id", UUID.class), row.getString("number"), StepKind.valueOf(row.getString("kind")),
                        row.getTimestamp("due_at").toInstant()))
                .list();
        int raised = 0;
        for (Due step : due) {
            if (reminders.claim(KIND, step.stepId(), step.dueAt(), new TenantId(step.tenantId()))) {
                events.publishEvent(new QualityEvents.StepDueSoon(new TenantId(step.tenantId()), step.incidentId(),
                        step.incidentNumber(), step.kind(), step.dueAt()));
                raised++;
            }
        }
        return raised;
    }
}
