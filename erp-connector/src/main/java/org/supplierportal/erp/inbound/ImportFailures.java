package org.supplierportal.erp.inbound;

import java.time.Clock;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supplierportal.erp.ErpEvents;

/**
 * Tells the portal that an import job began to fail ({@link ErpEvents.ImportFailed}; admins are notified of it). Only
 * the first failed run after a good one is news: an ERP that is down fails every scheduled run, and one message says
 * it. Called before the run is recorded in the feed's state, which still holds how the previous run went.
 */
@Service
class ImportFailures {

    private static final int ERROR_MAX = 1000;

    private final SyncStateRepository states;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportFailures(SyncStateRepository states, ApplicationEventPublisher events, Clock clock) {
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    /** Reports the run if it failed and the job's previous run did not; a completed run is not news. */
    @Transactional
    public void reportIfFailed(String jobName, JobExecution execution) {
        if (execution.getStatus() == BatchStatus.FAILED) {
            reportIfNews(jobName, execution.getId(), cause(execution));
        }
    }

    /** A run that could not start at all, reported like a failed one. */
    @Transactional
    public void reportNotStarted(String jobName, Exception cause) {
        reportIfNews(jobName, 0, shorten(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    /** Whether a failure now is news: the job never ran, or its last run succeeded. Pure. */
    static boolean isNews(Optional<FeedState> before) {
        return before.map(state -> state.lastRunAt() == null
                || state.lastSuccessAt() != null && !state.lastSuccessAt().isBefore(state.lastRunAt())).orElse(true);
    }

    private void reportIfNews(String jobName, long executionId, String error) {
        if (isNews(states.findById(jobName).map(SyncState::view))) {
            events.publishEvent(new ErpEvents.ImportFailed(jobName, executionId, clock.instant(), error));
        }
    }

    private static String cause(JobExecution execution) {
        String error = execution.getAllFailureExceptions().stream().findFirst()
                .map(failure -> failure.getClass().getSimpleName() + ": " + failure.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
        return shorten(error == null || error.isBlank() ? "no reason recorded" : error);
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX) + "...";
    }
}
