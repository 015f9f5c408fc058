package org.supplierportal.erp.inbound;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One run of an import job, as the monitor shows it. */
public record JobRunView(long executionId, String job, String status, Instant startedAt, Instant endedAt,
                         long read, long written, long skipped, long commits, String exitMessage) {

    public Duration duration(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    public boolean running() {
        return "STARTED".equals(status) || "STARTING".equals(status) || "STOPPING".equals(status);
    }

    /** A run from Spring Batch's repository: its steps' counts added up, the first line of its exit message. */
    static JobRunView of(JobExecution execution) {
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
                instant(execution.getStartTime()), instant(execution.getEndTime()), read, written, skipped, commits,
                exit == null || exit.isBlank() ? null : firstLine(exit));
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
