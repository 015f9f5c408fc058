package org.supplierportal.erp.inbound;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.ErpProperties;

/**
 * Starts each job on its own rhythm ({@code portal.erp.*-interval}), unless schedules are off (tests start them).
 * Not before the portal has started: until then the start-up's own work (tenant files, demo data, the check of
 * interrupted runs) is under way, and an import beside it was marked interrupted or crashed the start.
 */
@Component
class ImportSchedule {

    private final JobRunner jobs;
    private final ErpProperties properties;
    private final AtomicBoolean started = new AtomicBoolean();

    ImportSchedule(JobRunner jobs, ErpProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${portal.erp.order-import-interval:PT1M}", fixedDelayString = "${portal.erp.order-import-interval:PT1M}")
    void orders() {
        startIfScheduled(ErpJob.ORDERS);
    }

    @Scheduled(initialDelayString = "${portal.erp.receipt-import-interval:PT1M}", fixedDelayString = "${portal.erp.receipt-import-interval:PT1M}")
    void receipts() {
        startIfScheduled(ErpJob.RECEIPTS);
    }

    @Scheduled(initialDelayString = "${portal.erp.invoice-import-interval:PT5M}", fixedDelayString = "${portal.erp.invoice-import-interval:PT5M}")
    void invoices() {
        startIfScheduled(ErpJob.INVOICES);
    }

    @Scheduled(initialDelayString = "${portal.erp.reconciliation-interval:PT1H}", fixedDelayString = "${portal.erp.reconciliation-interval:PT1H}")
    void reconciliation() {
        startIfScheduled(ErpJob.RECONCILIATION);
    }

    /** After the start-up's other listeners (the check of interrupted runs among them). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void portalStarted() {
        started.set(true);
    }

    private void startIfScheduled(ErpJob job) {
        if (started.get() && properties.schedulesEnabled()) {
            jobs.start(job);
        }
    }
}
