package org.supplierportal.erp.inbound;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.order.OpenOrderFingerprints;

/**
 * The reconciliation: the safety net under the change feeds. Every open order's stored fingerprint is compared with
 * the ERP's current content, a chunk of orders per ERP call and per transaction; what differs comes in as a new
 * revision. A change the feeds missed (written into the ERP's tables directly, an adapter bug) then costs one
 * reconciliation interval, never a wrong delivery.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationJobConfiguration {

    @Bean
    Job reconcileOrdersJob(ImportJobBuilder jobs, OpenOrderReader openOrderReader, ReconciliationWriter reconciliationWriter,
                           ErpProperties properties) {
        return jobs.job(ErpJob.RECONCILIATION, properties.reconciliationChunkSize(), openOrderReader, reconciliationWriter);
    }

    @Bean
    @StepScope
    OpenOrderReader openOrderReader(ImportJobBuilder jobs, OpenOrderFingerprints fingerprints, ErpProperties properties) {
        return new OpenOrderReader(fingerprints, jobs.connectedAdapter().system(), properties.reconciliationChunkSize());
    }

    @Bean
    @StepScope
    ReconciliationWriter reconciliationWriter(ImportJobBuilder jobs, OrderIntakes intakes, ReconciliationTotals totals) {
        ErpAdapter adapter = jobs.connectedAdapter();
        return new ReconciliationWriter(adapter, intakes.forReconciliation(adapter.system()), totals);
    }
}
