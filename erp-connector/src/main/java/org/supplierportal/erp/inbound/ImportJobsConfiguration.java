package org.supplierportal.erp.inbound;

import java.util.EnumMap;
import java.util.Map;

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
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.erp.deadletter.DeadLetters;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.invoice.InvoiceInbound;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;

/**
 * The inbound jobs: orders, receipts and invoice status, each one chunk-oriented step (chunk = one transaction), reading the ERP
 * from the feed's watermark; orders from one feed per level of change (order, line, schedule), merged per order. Records that cannot be taken are dead-lettered by the writers, not skipped silently, so
 * the counts on the monitor add up; anything else fails the run, which the next run repeats from the last commit.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobsConfiguration {

    /** Changes are small records (an id, a time): read many per call. */
    static final int CHANGE_PAGE_SIZE = 500;
    /** Bounds a run (memory, and what a failure repeats); the next run goes on where it stopped. */
    static final int MAX_ORDERS_PER_RUN = 10_000;

    @Bean
    Job importOrdersJob(JobRepository jobs, Step importOrdersStep) {
        return new JobBuilder(ImportFeeds.ORDERS, jobs).start(importOrdersStep).build();
    }

    @Bean
    Step importOrdersStep(JobRepository jobs, PlatformTransactionManager transactions, OrderChangesReader orderChangesReader,
                          OrderImportWriter orderImportWriter, ErpProperties properties) {
        return new StepBuilder(ImportFeeds.ORDERS + "Step", jobs)
                .<PendingOrder, PendingOrder>chunk(properties.chunkSize())
                .reader(orderChangesReader)
                .writer(orderImportWriter)
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    OrderImportWriter orderImportWriter(ErpConnection connection, OrderInbound inbound, ParkedOrders parked,
                                        DeadLetters deadLetters, SyncStates syncStates) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        return new OrderImportWriter(adapter, OrderIntake.forImport(inbound, parked, deadLetters, adapter.system()), syncStates);
    }

    /**
     * Each order feed from its watermark, a little before it (for changes the ERP committed late). A feed that has
     * never run starts where the order feed stands: a new feed level added to a running portal does not read the
     * ERP's whole history again (the reconciliation covers the open orders).
     */
    @Bean
    @StepScope
    OrderChangesReader orderChangesReader(ErpConnection connection, SyncStates syncStates, ErpProperties properties) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        Map<OrderChangeFeed, Watermark> starts = new EnumMap<>(OrderChangeFeed.class);
        for (OrderChangeFeed feed : adapter.orderChangeFeeds()) {
            Watermark stored = syncStates.watermarkOr(ImportFeeds.watermarkName(feed), ImportFeeds.watermarkName(OrderChangeFeed.ORDER));
            starts.put(feed, new Watermark(stored.changedAt().minus(properties.overlap()), 0));
        }
        return new OrderChangesReader(adapter, starts, CHANGE_PAGE_SIZE, MAX_ORDERS_PER_RUN);
    }

    @Bean
    Job importReceiptsJob(JobRepository jobs, Step importReceiptsStep) {
        return new JobBuilder(ImportFeeds.RECEIPTS, jobs).start(importReceiptsStep).build();
    }

    @Bean
    Step importReceiptsStep(JobRepository jobs, PlatformTransactionManager transactions,
                            ErpFeedReader<ReceiptDocument> receiptFeedReader, ReceiptInbound receipts,
                            DeadLetters deadLetters, SyncStates syncStates, ErpConnection connection, ErpProperties properties) {
        String system = connection.adapter().map(ErpAdapter::system).orElse("NONE");
        return new StepBuilder(ImportFeeds.RECEIPTS + "Step", jobs)
                .<PulledRecord<ReceiptDocument>, PulledRecord<ReceiptDocument>>chunk(properties.chunkSize())
                .reader(receiptFeedReader)
                .writer(new ReceiptImportWriter(receipts, deadLetters, syncStates, system))
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    ErpFeedReader<ReceiptDocument> receiptFeedReader(ErpConnection connection, SyncStates syncStates, ErpProperties properties) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        Watermark stored = syncStates.watermark(ImportFeeds.RECEIPTS);
        return new ErpFeedReader<>(new Watermark(stored.changedAt().minus(properties.overlap()), 0), properties.chunkSize(),
                adapter::pullReceipts);
    }

    @Bean
    Job importInvoicesJob(JobRepository jobs, Step importInvoicesStep) {
        return new JobBuilder(ImportFeeds.INVOICES, jobs).start(importInvoicesStep).build();
    }

    @Bean
    Step importInvoicesStep(JobRepository jobs, PlatformTransactionManager transactions,
                            ErpFeedReader<InvoiceDocument> invoiceFeedReader, InvoiceInbound invoices,
                            DeadLetters deadLetters, SyncStates syncStates, ErpConnection connection, ErpProperties properties) {
        String system = connection.adapter().map(ErpAdapter::system).orElse("NONE");
        return new StepBuilder(ImportFeeds.INVOICES + "Step", jobs)
                .<PulledRecord<InvoiceDocument>, PulledRecord<InvoiceDocument>>chunk(properties.chunkSize())
                .reader(invoiceFeedReader)
                .writer(new InvoiceImportWriter(invoices, deadLetters, syncStates, system))
                .transactionManager(transactions)
                .build();
    }

    @Bean
    @StepScope
    ErpFeedReader<InvoiceDocument> invoiceFeedReader(ErpConnection connection, SyncStates syncStates, ErpProperties properties) {
        ErpAdapter adapter = connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
        Watermark stored = syncStates.watermark(ImportFeeds.INVOICES);
        return new ErpFeedReader<>(new Watermark(stored.changedAt().minus(properties.overlap()), 0), properties.chunkSize(),
                adapter::pullInvoices);
    }
}
