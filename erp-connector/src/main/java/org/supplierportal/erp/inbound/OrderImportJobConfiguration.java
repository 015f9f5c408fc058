package org.supplierportal.erp.inbound;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/**
 * Orders, from one change feed per level (order, line, schedule), merged per order; each touched order is read whole
 * and taken in through the portal's inbound service, a chunk of orders per ERP call and per transaction.
 */
@Configuration(proxyBeanMethods = false)
class OrderImportJobConfiguration {

    /** Changes are small records (an id, a time): read many per call. */
    static final int CHANGE_PAGE_SIZE = 500;
    /** Bounds a run (memory, and what a failure repeats); the next run goes on where it stopped. */
    static final int MAX_ORDERS_PER_RUN = 10_000;

    @Bean
    Job importOrdersJob(ImportJobBuilder jobs, OrderChangesReader orderChangesReader, OrderImportWriter orderImportWriter,
                        ErpProperties properties) {
        return jobs.job(ErpJob.ORDERS, properties.chunkSize(), orderChangesReader, orderImportWriter);
    }

    @Bean
    @StepScope
    OrderImportWriter orderImportWriter(ImportJobBuilder jobs, OrderIntakes intakes, SyncStates syncStates) {
        ErpAdapter adapter = jobs.connectedAdapter();
        return new OrderImportWriter(adapter, intakes.forImport(adapter.system()), syncStates);
    }

    /**
     * Each order feed from its watermark, a little before it. A feed that has never run starts where the order feed
     * stands: a new feed level added to a running portal does not read the ERP's whole history again (the
     * reconciliation covers the open orders).
     */
    @Bean
    @StepScope
    OrderChangesReader orderChangesReader(ImportJobBuilder jobs, SyncStates syncStates) {
        ErpAdapter adapter = jobs.connectedAdapter();
        Map<OrderChangeFeed, Watermark> starts = new EnumMap<>(OrderChangeFeed.class);
        for (OrderChangeFeed feed : adapter.orderChangeFeeds()) {
            starts.put(feed, jobs.overlapped(syncStates.watermarkOr(ErpJob.watermarkOf(feed), ErpJob.watermarkOf(OrderChangeFeed.ORDER))));
        }
        return new OrderChangesReader(adapter, starts, CHANGE_PAGE_SIZE, MAX_ORDERS_PER_RUN);
    }
}
