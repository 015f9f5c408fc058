package org.supplierportal.erp.inbound;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/** The findings of the last finished reconciliation, from the run's step context in Spring Batch's repository. */
@Service
public class ReconciliationReports {

    /** Runs looked at, newest first, for one that has finished (the newest may be running). */
    private static final int RECENT_RUNS = 3;

    private final JobRepository repository;

    ReconciliationReports(JobRepository repository) {
        this.repository = repository;
    }

    public Optional<ReconciliationReport> last() {
        for (JobInstance instance : repository.getJobInstances(ErpJob.RECONCILIATION.jobName(), 0, RECENT_RUNS)) {
            Optional<JobExecution> finished = repository.getJobExecutions(instance).stream()
                    .filter(execution -> execution.getEndTime() != null)
                    .max(Comparator.comparingLong(JobExecution::getId));
            if (finished.isPresent()) {
                return finished.map(ReconciliationReports::report);
            }
        }
        return Optional.empty();
    }

    private static ReconciliationReport report(JobExecution execution) {
        ReconciliationFindings findings = ReconciliationFindings.NONE;
        for (StepExecution step : execution.getStepExecutions()) {
            findings = findings.plus(ReconciliationWriter.read(step.getExecutionContext()));
        }
        return new ReconciliationReport(execution.getEndTime().atZone(ZoneId.systemDefault()).toInstant(),
                execution.getStatus().name(), findings);
    }
}
