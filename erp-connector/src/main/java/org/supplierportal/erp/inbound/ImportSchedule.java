package org.supplierportal.erp.inbound;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.ErpProperties;

/** Starts each job on its own rhythm ({@code portal.erp.*-interval}), unless schedules are off (tests start them). */
@Component
class ImportSchedule {

    private final JobRunner jobs;
    private final ErpProperties properties;

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

    private void startIfScheduled(ErpJob job) {
        if (properties.schedulesEnabled()) {
            jobs.start(job);
        }
    }
}
