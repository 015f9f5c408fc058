package org.supplierportal.quality;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.order.OrderId;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.ExplanationText;

/** Looks for steps still waiting for the supplier after their due time; each is raised for the buyer once. */
@Service
public class QualityWatch {

    private static final Logger log = LoggerFactory.getLogger(QualityWatch.class);

    private final QualityIncidentRepository incidents;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QualityWatch(QualityIncidentRepository incidents, ApplicationEventPublisher events, CurrentUsers currentUsers,
                 TransactionTemplate transaction, Clock clock) {
        this.incidents = incidents;
        this.events = events;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.quality.check-interval:PT15M}", fixedDelayString = "${portal.quality.check-interval:PT15M}")
    @SchedulerLock(name = "watch:quality-steps", lockAtLeastFor = "PT5S") // one node at a time
    public void checkOnSchedule() {
        int raised = currentUsers.runAsSystem("quality check", () -> transaction.execute(status -> check()));
        if (raised > 0) {
            log.info("{} quality steps are overdue", raised);
        }
    }

    /** Raises the steps newly overdue; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int check() {
        Instant now = clock.instant();
        int raised = 0;
        for (QualityStep step : incidents.overdueNotRaised(now)) {
            QualityIncident incident = step.incident();
            if (incident.status() != IncidentStatus.OPEN) {
                continue;
            }
            step.markOverdueRaised(now);
            events.publishEvent(new QualityEvents.StepOverdue(new TenantId(incident.tenantId()), incident.id(),
                    incident.number(), step.kind(), step.dueAt(),
                    incident.orderId() == null ? null : new OrderId(incident.orderId()), incident.orderNumber(),
                    incident.partNumber(), ExplanationText.of(incident.titleWords()), QualityInboxTexts.stepOverdue(incident.number(), step.kind(), step.dueAt())));
            raised++;
        }
        return raised;
    }
}
