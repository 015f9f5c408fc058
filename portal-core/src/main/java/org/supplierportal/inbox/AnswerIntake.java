package org.supplierportal.inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.supplierportal.acknowledgment.AcknowledgmentEvents;
import org.supplierportal.acknowledgment.AcknowledgmentEvents.Reason;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.tenancy.RunsAsSystem;

/**
 * Suppliers' answers and their deadlines in the inbox: an answer a buyer must decide, an acknowledgment past its
 * deadline; resolved when the supplier answers or the order changes. Each event is handled after its transaction
 * commits, in a transaction of its own, as the system (the user who caused it may be long gone: events are
 * resubmitted from the publication registry after a restart).
 */
@Service
@RunsAsSystem("buyer inbox")
class AnswerIntake {

    private final BuyerExceptionRepository exceptions;
    private final ExceptionRecorder recorder;

    AnswerIntake(BuyerExceptionRepository exceptions, ExceptionRecorder recorder) {
        this.exceptions = exceptions;
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(AcknowledgmentEvents.LineNeedsBuyerDecision answer) {
        if (answer.reason() != Reason.COUNTER_REJECTED && !exceptions.findByAcknowledgmentLineIdAndStatus(
                answer.acknowledgmentLineId(), ExceptionStatus.OPEN).isEmpty()) {
            return; // delivered twice (a resubmitted event): already raised
        }
        ExceptionType type = switch (answer.reason()) {
            case OUTSIDE_TOLERANCE -> ExceptionType.OUTSIDE_TOLERANCE;
            case SUPPLIER_REJECTED_LINE -> ExceptionType.SUPPLIER_REJECTED_LINE;
            case COUNTER_REJECTED -> ExceptionType.COUNTER_REJECTED;
        };
        recorder.raise(BuyerException.onAnswer(recorder.opening(answer.tenantId()), type, answer));
    }

    /** Once per revision: a repeat of the overdue check adds nothing. */
    @ApplicationModuleListener
    void on(OrderEvents.AcknowledgmentOverdue overdue) {
        if (!exceptions.findByOrderIdAndTypeAndOrderRevision(overdue.orderId().value(), ExceptionType.ACKNOWLEDGMENT_OVERDUE,
                overdue.revision()).isEmpty()) {
            return;
        }
        recorder.raise(BuyerException.acknowledgmentOverdue(recorder.opening(overdue.tenantId()), overdue));
    }

    /** The supplier answered: an open "overdue" exception of that order resolves itself. */
    @ApplicationModuleListener
    void on(OrderEvents.OrderAnswered answered) {
        recorder.resolve(exceptions.findByOrderIdAndStatus(answered.orderId().value(), ExceptionStatus.OPEN).stream()
                        .filter(exception -> exception.type() == ExceptionType.ACKNOWLEDGMENT_OVERDUE),
                ExceptionReason.acknowledged(answered.revision()));
    }

    /** The ERP changed the order: open exceptions on its earlier answers no longer apply. */
    @ApplicationModuleListener
    void on(OrderEvents.PurchaseOrderRevised revised) {
        recorder.resolve(exceptions.findByOrderIdAndStatus(revised.orderId().value(), ExceptionStatus.OPEN).stream()
                        .filter(exception -> exception.lineNumber() == null || revised.linesToAnswer().contains(exception.lineNumber())
                                || exception.type() == ExceptionType.ACKNOWLEDGMENT_OVERDUE),
                ExceptionReason.superseded(revised.revision()));
    }
}
