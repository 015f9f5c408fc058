package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Runs that were "started" when the portal stopped did not finish: at start-up, say so, so the monitor tells the truth. */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JobRepository repository;
    private final Clock clock;

    InterruptedRuns(JobRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markFailed() {
        for (ErpJob job : ErpJob.values()) {
            for (JobExecution execution : repository.findRunningJobExecutions(job.jobName())) {
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription("Interrupted: the portal stopped during the run"));
                execution.setEndTime(LocalDateTime.now(clock));
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setEndTime(LocalDateTime.now(clock));
                        repository.update(step);
                    }
                }
                repository.update(execution);
                log.warn("Run {} of {} was interrupted by a stop of the portal; marked failed", execution.getId(), job.jobName());
            }
        }
    }
}
