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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.supplierportal.cluster.ClusterLocks;

/**
 * Runs still "started" whose node is gone did not finish: at start-up, say so, so the monitor tells the truth. A run
 * under way holds its job's cluster lock, on this node or another; so a job whose lock this node can take has no live
 * run, and only then are its started runs marked failed. Another node's run, or one this node began early, is left
 * alone (marking a live run failed made the run's own next update fail on its version).
 */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JobRepository repository;
    private final ClusterLocks locks;
    private final Clock clock;

    InterruptedRuns(JobRepository repository, ClusterLocks locks, Clock clock) {
        this.repository = repository;
        this.locks = locks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void markFailed() {
        for (ErpJob job : ErpJob.values()) {
            if (!locks.runExclusively(JobRunner.lockName(job), () -> markFailed(job))) {
                log.info("A run of {} is under way on a live node; its runs are left as they are", job.jobName());
            }
        }
    }

    private void markFailed(ErpJob job) {
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
