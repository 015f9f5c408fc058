package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.ErpConnection;
import org.supplierportal.erp.ErpProperties;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Runs the import jobs: on their schedule, or now when an admin asks; one run of a job at a time, always as the
 * system actor. After a crash, runs left "started" are marked failed at start-up; the next run continues from the
 * feed's watermark, and a failed run can be restarted from where it stopped.
 */
@Service
public class ErpJobs {

    public static final String ORDERS = ImportFeeds.ORDERS;
    public static final String RECEIPTS = ImportFeeds.RECEIPTS;
    public static final String INVOICES = ImportFeeds.INVOICES;
    public static final String RECONCILIATION = ImportFeeds.RECONCILIATION;

    private static final Logger log = LoggerFactory.getLogger(ErpJobs.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final ErpConnection connection;
    private final SyncStates syncStates;
    private final CurrentUsers currentUsers;
    private final ErpProperties properties;
    private final Clock clock;
    private final ExecutorService runner = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "erp-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();

    ErpJobs(JobOperator operator, JobRepository repository, List<Job> jobs, ErpConnection connection, SyncStates syncStates,
            CurrentUsers currentUsers, ErpProperties properties, Clock clock) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = Map.of(ORDERS, find(jobs, ORDERS), RECEIPTS, find(jobs, RECEIPTS), INVOICES, find(jobs, INVOICES),
                RECONCILIATION, find(jobs, RECONCILIATION));
        this.connection = connection;
        this.syncStates = syncStates;
        this.currentUsers = currentUsers;
        this.properties = properties;
        this.clock = clock;
    }

    private static Job find(List<Job> jobs, String name) {
        return jobs.stream().filter(job -> job.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no job " + name));
    }

    public Set<String> jobNames() {
        return jobs.keySet();
    }

    /** Starts a run in the background; false when one is already running or no ERP is connected. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean runNow(String job) {
        return start(job);
    }

    /** Runs now and waits for the end: for tests and scripts. */
    @PreAuthorize("hasRole('ADMIN')")
    public JobRunView runAndWait(String job) {
        return currentUsers.runAsSystem("ERP import", () -> summary(execute(job, newParameters())));
    }

    /** Restarts a failed or stopped run where it stopped. */
    @PreAuthorize("hasRole('ADMIN')")
    public JobRunView restart(long executionId) {
        return currentUsers.runAsSystem("ERP import", () -> {
            try {
                JobExecution failed = repository.getJobExecution(executionId);
                JobExecution restarted = operator.restart(failed);
                syncStates.ran(failed.getJobInstance().getJobName(), restarted.getStatus() == BatchStatus.COMPLETED);
                return summary(restarted);
            } catch (Exception e) {
                throw new IllegalStateException("Could not restart run " + executionId + ": " + e.getMessage(), e);
            }
        });
    }

    @Scheduled(initialDelayString = "${portal.erp.order-import-interval:PT1M}", fixedDelayString = "${portal.erp.order-import-interval:PT1M}")
    void scheduledOrders() {
        if (properties.schedulesEnabled()) {
            start(ORDERS);
        }
    }

    @Scheduled(initialDelayString = "${portal.erp.receipt-import-interval:PT1M}", fixedDelayString = "${portal.erp.receipt-import-interval:PT1M}")
    void scheduledReceipts() {
        if (properties.schedulesEnabled()) {
            start(RECEIPTS);
        }
    }

    @Scheduled(initialDelayString = "${portal.erp.invoice-import-interval:PT5M}", fixedDelayString = "${portal.erp.invoice-import-interval:PT5M}")
    void scheduledInvoices() {
        if (properties.schedulesEnabled()) {
            start(INVOICES);
        }
    }

    @Scheduled(initialDelayString = "${portal.erp.reconciliation-interval:PT1H}", fixedDelayString = "${portal.erp.reconciliation-interval:PT1H}")
    void scheduledReconciliation() {
        if (properties.schedulesEnabled()) {
            start(RECONCILIATION);
        }
    }

    /** Runs that were "started" when the portal stopped did not finish: say so, so the monitor tells the truth. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRuns() {
        for (String job : jobs.keySet()) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription("Interrupted: the portal stopped during the run"));
                execution.setEndTime(java.time.LocalDateTime.now(clock));
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setEndTime(java.time.LocalDateTime.now(clock));
                        repository.update(step);
                    }
                }
                repository.update(execution);
                log.warn("Run {} of {} was interrupted by a stop of the portal; marked failed", execution.getId(), job);
            }
        }
    }

    /** What the ERP must be able to do for the job to run. */
    public static Capability capabilityOf(String job) {
        return switch (job) {
            case ORDERS, RECONCILIATION -> Capability.PULL_ORDERS;
            case RECEIPTS -> Capability.PULL_RECEIPTS;
            case INVOICES -> Capability.PULL_INVOICE_STATUS;
            default -> throw new IllegalArgumentException("No job " + job);
        };
    }

    private boolean start(String job) {
        if (connection.adapter().filter(adapter -> adapter.capabilities().contains(capabilityOf(job))).isEmpty()) {
            return false;
        }
        Future<?> current = running.get(job);
        if (current != null && !current.isDone()) {
            return false;
        }
        running.put(job, runner.submit(() -> currentUsers.runAsSystem("ERP import", () -> execute(job, newParameters()))));
        return true;
    }

    private JobExecution execute(String job, JobParameters parameters) {
        if (connection.adapter().isEmpty()) {
            throw new IllegalStateException("No ERP is connected: " + connection.describe());
        }
        try {
            JobExecution execution = operator.start(jobs.get(job), parameters);
            syncStates.ran(job, execution.getStatus() == BatchStatus.COMPLETED);
            return execution;
        } catch (Exception e) {
            syncStates.ran(job, false);
            throw new IllegalStateException("Could not run " + job + ": " + e.getMessage(), e);
        }
    }

    private JobParameters newParameters() {
        return new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
    }

    /** The latest runs of a job, newest first. */
    public List<JobRunView> recentRuns(String job, int count) {
        List<JobRunView> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(job, 0, count)) {
            repository.getJobExecutions(instance).forEach(execution -> runs.add(summary(execution)));
        }
        runs.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return runs.size() > count ? runs.subList(0, count) : runs;
    }

    public Optional<JobRunView> running(String job) {
        return repository.findRunningJobExecutions(job).stream().map(ErpJobs::summary).findFirst();
    }

    static JobRunView summary(JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
            commits += step.getCommitCount();
        }
        String exit = execution.getExitStatus() == null ? null : execution.getExitStatus().getExitDescription();
        return new JobRunView(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
                execution.getStartTime() == null ? null : execution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().atZone(java.time.ZoneId.systemDefault()).toInstant(),
                read, written, skipped, commits, exit == null || exit.isBlank() ? null : firstLine(exit));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
