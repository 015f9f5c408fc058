package org.supplierportal.erp.inbound;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.order.OpenOrderFingerprints;
import org.supplierportal.order.OrderFingerprint;
import org.supplierportal.order.OrderInbound;

/**
 * The reconciliation: the safety net under the change feeds. Every open order's stored fingerprint is compared with
 * the ERP's current content, a chunk of orders per ERP call and per transaction; what differs comes in as a new
 * revision. A change the feeds missed (written into the ERP's tables directly, an adapter bug) then costs one
 * reconciliation interval, never a wrong delivery.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationJobConfiguration {

    @Bean
    Job reconcileOrdersJob(JobRepository jobs, Step reconcileOrdersStep) {
        return new JobBuilder(ImportFeeds.RECONCILIATION, jobs).start(reconcileOrdersStep).build();
    }

    @Bean
    Step reconcileOrdersStep(JobRepository jobs, PlatformTransactionManager transactions, OpenOrderReader openOrderReader,
                             ReconciliationWriter reconciliationWriter, ErpProperties properties) {
        return new StepBuilder(ImportFeeds.RECONCILIATION + "Step", jobs)
                .<OrderFingerprint, OrderFingerprint>chunk(properties.reconciliationChunkSize())
                .reader(openOrderReader)
                .writer(reconciliationWriter)
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    OpenOrderReader openOrderReader(OpenOrderFingerprints fingerprints, ErpConnection connection, ErpProperties properties) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        return new OpenOrderReader(fingerprints, adapter.system(), properties.reconciliationChunkSize());
    }

    @Bean
    @StepScope
    ReconciliationWriter reconciliationWriter(ErpConnection connection, OrderInbound inbound, ParkedOrders parked,
                                              DeadLetters deadLetters, ReconciliationTotals totals) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        return new ReconciliationWriter(adapter, OrderIntake.forReconciliation(inbound, parked, deadLetters, adapter.system()), totals);
    }
}
