package org.supplierportal.erp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * At start-up a node marks failed only the runs whose node is gone (issue 12): a run under way holds its job's cluster
 * lock, so while another node holds it, that node's started run is left alone; once the lock is free (the node ended,
 * or died and its lease ran out), the run is marked failed.
 */
@PortalIntegrationTest
class InterruptedRunsIT {

    private final InterruptedRuns interruptedRuns;
    private final JobRepository repository;
    private final DataSource dataSource;

    @Autowired
    InterruptedRunsIT(InterruptedRuns interruptedRuns, JobRepository repository, DataSource dataSource) {
        this.interruptedRuns = interruptedRuns;
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Test
    void aRunOfALiveNodeIsLeftAloneAndARunWhoseNodeIsGoneIsMarkedFailed() {
        ErpJob job = ErpJob.INVOICES;
        JobExecution started = startedRun(job);
        SimpleLock otherNodesRun = otherNode().lock(new LockConfiguration(Instant.now(), JobRunner.lockName(job),
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();

        interruptedRuns.markFailed();
        assertThat(repository.getJobExecution(started.getId()).getStatus()).as("while its node runs it")
                .isEqualTo(BatchStatus.STARTED);

        otherNodesRun.unlock();
        interruptedRuns.markFailed();
        JobExecution after = repository.getJobExecution(started.getId());
        assertThat(after.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(after.getExitStatus().getExitDescription()).contains("Interrupted");
    }

    private JobExecution startedRun(ErpJob job) {
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
        JobInstance instance = repository.createJobInstance(job.jobName(), parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        repository.update(execution);
        return execution;
    }

    private JdbcTemplateLockProvider otherNode() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock")
                .withLockedByValue("node-b").usingDbTime().build());
    }
}
