package org.supplierportal.erp.inbound;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.supplierportal.cluster.ClusterLocks;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Starts the jobs' runs, always as the system actor, and records in the feed's state whether each succeeded. A job
 * runs on one node at a time: each run holds the job's cluster lock while it runs. A run started in the background
 * (the schedule, "Run now") is skipped while another is under way; a waiting run (tests, scripts) waits for it.
 */
@Component
class JobRunner {

    private static final String ACTOR = "ERP import";
    /** How often a waiting run asks again whether the run under way has ended. */
    private static final Duration WAIT_FOR_RUN_UNDER_WAY = Duration.ofMillis(500);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<ErpJob, Job> jobs = new EnumMap<>(ErpJob.class);
    private final ErpConnection connection;
    private final SyncStates syncStates;
    private final ImportFailures failures;
    private final CurrentUsers currentUsers;
    private final ClusterLocks locks;
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "erp-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ErpJob, Future<?>> running = new ConcurrentHashMap<>();

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs, ErpConnection connection,
              SyncStates syncStates, ImportFailures failures, CurrentUsers currentUsers, ClusterLocks locks) {
        this.operator = operator;
        this.repository = repository;
        for (ErpJob job : ErpJob.values()) {
            this.jobs.put(job, jobs.stream().filter(candidate -> candidate.getName().equals(job.jobName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no job " + job.jobName())));
        }
        this.connection = connection;
        this.syncStates = syncStates;
        this.failures = failures;
        this.currentUsers = currentUsers;
        this.locks = locks;
    }

    /**
     * At shutdown, lets the runs under way end (the schedule has stopped starting new ones): a run cut off by the
     * closing database would be found "interrupted" at the next start.
     */
    @PreDestroy
    void finishRunsUnderWay() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(1, TimeUnit.MINUTES)) {
            background.shutdownNow();
        }
    }

    /** Starts a run in the background; false when one is already running or the connected ERP cannot serve the job. */
    boolean start(ErpJob job) {
        if (connection.adapter().filter(adapter -> adapter.capabilities().contains(job.capability())).isEmpty()) {
            return false;
        }
        Future<?> current = running.get(job);
        if (background.isShutdown() || current != null && !current.isDone()) {
            return false;
        }
        running.put(job, background.submit(() -> currentUsers.runAsSystem(ACTOR, () -> executeIfFree(job))));
        return true;
    }

    JobRunView runAndWait(ErpJob job) {
        return currentUsers.runAsSystem(ACTOR, () -> JobRunView.of(execute(job)));
    }

    /** Runs a failed run again from where it stopped; refused while another run of its job is under way. */
    JobRunView restart(long executionId) {
        return currentUsers.runAsSystem(ACTOR, () -> {
            JobExecution failed = repository.getJobExecution(executionId);
            if (failed == null) {
                throw new IllegalStateException("There is no run " + executionId + ".");
            }
            String jobName = failed.getJobInstance().getJobName();
            return locks.callExclusively(lockName(jobName), () -> restart(failed, jobName))
                    .orElseThrow(() -> new IllegalStateException("A run of " + jobName
                            + " is under way; restart run " + executionId + " when it has ended."));
        });
    }

    private JobRunView restart(JobExecution failed, String jobName) {
        try {
            JobExecution restarted = operator.restart(failed);
            failures.reportIfFailed(jobName, restarted);
            syncStates.ran(jobName, restarted.getStatus() == BatchStatus.COMPLETED);
            return JobRunView.of(restarted);
        } catch (Exception e) {
            throw new IllegalStateException("Could not restart run " + failed.getId() + ": " + e.getMessage(), e);
        }
    }

    /** The name of the cluster lock a job's runs hold: one run of a job at a time, across every node. */
    static String lockName(ErpJob job) {
        return lockName(job.jobName());
    }

    private static String lockName(String jobName) {
        return "erp-job:" + jobName;
    }

    /** Runs the job now unless a run of it is under way (on any node); empty when it did not run. */
    private Optional<JobExecution> executeIfFree(ErpJob job) {
        if (connection.adapter().isEmpty()) {
            throw new IllegalStateException("No ERP is connected: " + connection.describe());
        }
        // Launched synchronously inside the lock: the lock lasts exactly as long as the run.
        return locks.callExclusively(lockName(job), () -> launch(job));
    }

    /** Runs the job, after the run under way (on this node or another) if there is one. */
    private JobExecution execute(ErpJob job) {
        Optional<JobExecution> execution;
        while ((execution = executeIfFree(job)).isEmpty()) {
            pause();
        }
        return execution.get();
    }

    private JobExecution launch(ErpJob job) {
        try {
            JobExecution execution = operator.start(jobs.get(job),
                    new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters());
            failures.reportIfFailed(job.jobName(), execution);
            syncStates.ran(job.jobName(), execution.getStatus() == BatchStatus.COMPLETED);
            return execution;
        } catch (Exception e) {
            failures.reportNotStarted(job.jobName(), e);
            syncStates.ran(job.jobName(), false);
            throw new IllegalStateException("Could not run " + job.jobName() + ": " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_FOR_RUN_UNDER_WAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a run under way", e);
        }
    }
}
