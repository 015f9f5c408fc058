package org.supplierportal.erp.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The connector's jobs for admins (and tests): run one now, restart a failed run where it stopped, see the latest
 * runs. The jobs also run on their schedule ({@link ImportSchedule}); runs left "started" by a crash are marked failed
 * at start-up ({@link InterruptedRuns}), and the next run continues from the feed's watermark.
 */
@Service
public class ErpJobs {

    private final JobRunner runner;
    private final JobRepository repository;

    ErpJobs(JobRunner runner, JobRepository repository) {
        this.runner = runner;
        this.repository = repository;
    }

    /** Starts a run in the background; false when one is already running or no ERP is connected. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean runNow(ErpJob job) {
        return runner.start(job);
    }

    /** Runs now and waits for the end: for tests and scripts. */
    @PreAuthorize("hasRole('ADMIN')")
    public JobRunView runAndWait(ErpJob job) {
        return runner.runAndWait(job);
    }

    /** Restarts a failed or stopped run where it stopped. */
    @PreAuthorize("hasRole('ADMIN')")
    public JobRunView restart(long executionId) {
        return runner.restart(executionId);
    }

    /** The latest runs of a job, newest first. */
    public List<JobRunView> recentRuns(ErpJob job, int count) {
        List<JobRunView> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(job.jobName(), 0, count)) {
            repository.getJobExecutions(instance).forEach(execution -> runs.add(JobRunView.of(execution)));
        }
        runs.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return runs.size() > count ? runs.subList(0, count) : runs;
    }

    public Optional<JobRunView> running(ErpJob job) {
        return repository.findRunningJobExecutions(job.jobName()).stream().map(JobRunView::of).findFirst();
    }
}
