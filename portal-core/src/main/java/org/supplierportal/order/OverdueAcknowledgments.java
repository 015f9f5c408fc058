package org.supplierportal.order;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Finds orders whose acknowledgment is past its deadline and raises "acknowledgment overdue" once per revision
 * (an event the buyer inbox turns into an exception).
 */
@Service
public class OverdueAcknowledgments {

    private static final Logger log = LoggerFactory.getLogger(OverdueAcknowledgments.class);

    private final PurchaseOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueAcknowledgments(PurchaseOrderRepository orders, ApplicationEventPublisher events, CurrentUsers currentUsers,
                           TransactionTemplate transaction, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.acknowledgments.overdue-check-interval:PT1M}",
            fixedDelayString = "${portal.acknowledgments.overdue-check-interval:PT1M}")
    @SchedulerLock(name = "watch:overdue-acknowledgments", lockAtLeastFor = "PT5S") // one node at a time
    public void checkOnSchedule() {
        int raised = currentUsers.runAsSystem("overdue check", () -> transaction.execute(status -> raiseNewlyOverdue()));
        if (raised > 0) {
            log.info("{} acknowledgments became overdue", raised);
        }
    }

    /** Raises the overdue event for each order newly past its deadline; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int raiseNewlyOverdue() {
        List<PurchaseOrder> overdue = orders.findNewlyOverdue(clock.instant());
        for (PurchaseOrder order : overdue) {
            order.overdueRaised();
            OrderSummary summary = order.summary();
            events.publishEvent(new OrderEvents.AcknowledgmentOverdue(order.id(), order.tenantId(), order.number(),
                    order.revision(), summary.ackDueAt(),
                    "The acknowledgment of revision " + order.revision() + " was due " + summary.ackDueAt() + "."));
        }
        return overdue.size();
    }
}
