package org.supplierportal.inbox;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.tenancy.RunsAsSystem;

/**
 * Quality steps in the inbox: a step past its due time with no answer, once per step, found again by its subject
 * (the incident and the step) when the supplier answers. Handled like {@link AnswerIntake}'s events: after commit, on their own, as the system.
 */
@Service
@RunsAsSystem("buyer inbox")
class QualityIntake {

    private final BuyerExceptionRepository exceptions;
    private final ExceptionRecorder recorder;

    QualityIntake(BuyerExceptionRepository exceptions, ExceptionRecorder recorder) {
        this.exceptions = exceptions;
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(QualityEvents.StepOverdue step) {
        String link = link(step.incidentId());
        ExceptionSubject subject = ExceptionSubject.qualityStep(step.incidentNumber(), step.kind());
        boolean raisedBefore = exceptions.findBySubjectLink(link).stream().anyMatch(existing ->
                existing.type() == ExceptionType.QUALITY_STEP_OVERDUE && subject.equals(existing.subject()));
        if (!raisedBefore) {
            recorder.raise(BuyerException.qualityStepOverdue(recorder.opening(step.tenantId()), step,
                    recorder.revisionOf(step.orderId()), link), "QualityIncident", step.incidentNumber(), subject.english() + " overdue");
        }
    }

    @ApplicationModuleListener
    void on(QualityEvents.StepAnswered step) {
        ExceptionSubject subject = ExceptionSubject.qualityStep(step.incidentNumber(), step.kind());
        recorder.resolve(exceptions.findBySubjectLink(link(step.incidentId())).stream()
                .filter(exception -> subject.equals(exception.subject())), ExceptionReason.stepAnswered(step.kind()));
    }

    /** Where the incident opens in the portal. */
    private static String link(UUID incidentId) {
        return "quality/" + incidentId;
    }
}
