package org.supplierportal.erp.inbound;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Starts the jobs' runs, always as the system actor, and records in the feed's state whether each succeeded. Runs
 * started in the background go one at a time per job; waiting runs are for tests and scripts.
 */
@Component
class JobRunner {

    private static final String ACTOR = "ERP import";

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<ErpJob, Job> jobs = new EnumMap<>(ErpJob.class);
    private final ErpConnection connection;
    private final SyncStates syncStates;
    private final CurrentUsers currentUsers;
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "erp-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ErpJob, Future<?>> running = new ConcurrentHashMap<>();

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs, ErpConnection connection,
              SyncStates syncStates, CurrentUsers currentUsers) {
        this.operator = operator;
        this.repository = repository;
        for (ErpJob job : ErpJob.values()) {
            this.jobs.put(job, jobs.stream().filter(candidate -> candidate.getName().equals(job.jobName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job " + job.jobName())));
        }
        this.connection = connection;
        this.syncStates = syncStates;
        this.currentUsers = currentUsers;
    }

    /** Starts a run in the background; false when one is already running or the connected ERP cannot serve the job. */
    boolean start(ErpJob job) {
        if (connection.adapter().filter(adapter -> adapter.capabilities().contains(job.capability())).isEmpty()) {
            return false;
        }
        Future<?> current = running.get(job);
        if (current != null && !current.isDone()) {
            return false;
        }
        running.put(job, background.submit(() -> currentUsers.runAsSystem(ACTOR, () -> execute(job))));
        return true;
    }

    JobRunView runAndWait(ErpJob job) {
        return currentUsers.runAsSystem(ACTOR, () -> JobRunView.of(execute(job)));
    }

    JobRunView restart(long executionId) {
        return currentUsers.runAsSystem(ACTOR, () -> {
            try {
                JobExecution failed = repository.getJobExecution(executionId);
                JobExecution restarted = operator.restart(failed);
                syncStates.ran(failed.getJobInstance().getJobName(), restarted.getStatus() == BatchStatus.COMPLETED);
                return JobRunView.of(restarted);
            } catch (Exception e) {
                throw new IllegalStateException("Could not restart run " + executionId + ": " + e.getMessage(), e);
            }
        });
    }

    private JobExecution execute(ErpJob job) {
        if (connection.adapter().isEmpty()) {
            throw new IllegalStateException("No ERP is connected: " + connection.describe());
        }
        try {
            JobExecution execution = operator.start(jobs.get(job),
                    new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters());
            syncStates.ran(job.jobName(), execution.getStatus() == BatchStatus.COMPLETED);
            return execution;
        } catch (Exception e) {
            syncStates.ran(job.jobName(), false);
            throw new IllegalStateException("Could not run " + job.jobName() + ": " + e.getMessage(), e);
        }
    }
}
