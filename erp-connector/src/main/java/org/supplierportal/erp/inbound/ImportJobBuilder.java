package org.supplierportal.erp.inbound;

import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.erp.deadletter.DeadLetters;

/**
 * What every job of the connector is built from: one chunk-oriented step (a chunk is one transaction) named after the
 * job; readers that start a little before the stored watermark (for changes the ERP committed late; reading twice
 * changes nothing); writers that take records in or make them dead letters. Anything else fails the run, which the
 * next run repeats from the last commit.
 */
@Component
class ImportJobBuilder {

    private final JobRepository jobs;
    private final PlatformTransactionManager transactions;
    private final ErpConnection connection;
    private final SyncStates syncStates;
    private final DeadLetters deadLetters;
    private final ErpProperties properties;

    ImportJobBuilder(JobRepository jobs, PlatformTransactionManager transactions, ErpConnection connection,
                     SyncStates syncStates, DeadLetters deadLetters, ErpProperties properties) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.connection = connection;
        this.syncStates = syncStates;
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    /** The job: its one step reads and writes {@code chunkSize} items per transaction. */
    <T> Job job(ErpJob job, int chunkSize, ItemReader<T> reader, ItemWriter<T> writer) {
        return new JobBuilder(job.jobName(), jobs).start(new StepBuilder(job.jobName() + "Step", jobs)
                .<T, T>chunk(chunkSize)
                .reader(reader)
                .writer(writer)
                .transactionManager(transactions)
                .build()).build();
    }

    /** A job that reads one feed of records and takes each in through {@code intake}, or makes it a dead letter. */
    <T> Job recordFeedJob(ErpJob job, ItemReader<PulledRecord<T>> reader, String kind, FeedRecordWriter.Intake<T> intake) {
        String system = connection.adapter().map(ErpAdapter::system).orElse("NONE");
        return job(job, properties.chunkSize(), reader,
                new FeedRecordWriter<>(job.jobName(), kind, system, intake, deadLetters, syncStates));
    }

    /** The reader of one record feed for a run, from where the feed stands. */
    <T> ErpFeedReader<T> feedReader(ErpJob job, FeedPull<T> pull) {
        ErpAdapter adapter = connectedAdapter();
        return new ErpFeedReader<>(overlapped(syncStates.watermark(job.jobName())), properties.chunkSize(),
                (after, limit) -> pull.pull(adapter, after, limit));
    }

    ErpAdapter connectedAdapter() {
        return connection.adapter().orElseThrow(() -> new IllegalStateException("no ERP connected"));
    }

    /** A little before the stored position: the ERP may commit a change after a later one was read. */
    Watermark overlapped(Watermark stored) {
        return new Watermark(stored.changedAt().minus(properties.overlap()), 0);
    }

    /** One page of a record feed from the adapter (e.g. {@link ErpAdapter#pullReceipts}). */
    @FunctionalInterface
    interface FeedPull<T> {
        List<PulledRecord<T>> pull(ErpAdapter adapter, Watermark after, int limit);
    }
}
