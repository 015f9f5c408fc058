package org.supplierportal.quality.ui;

import java.time.Instant;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepStatus;
import org.supplierportal.quality.StepView;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * One step of the supplier's answer: where it stands and by when it is due, the answer and its review, and the form
 * for whoever's turn it is (the supplier answers, the buyer reviews). The forms raise events; the view acts on them.
 */
class StepCard extends Div {

    private StepAnswerForm answerForm;
    private StepReviewForm reviewForm;

    /** @param files the step's files box, made by the view (which attaches what is uploaded there) */
    StepCard(IncidentView incident, StepView step, boolean supplier, Instant now, Function<StepKind, IncidentFiles> files) {
        String slug = step.kind().slug();
        addClassNames("card", "quality-step");
        setId("step-" + slug);
        add(heading(step, now));
        if (step.response() != null) {
            Paragraph response = new Paragraph(step.response());
            response.setId("response-text-" + slug);
            response.addClassName("quality-response");
            add(response, new Hint(getTranslation("quality.answeredBy", step.respondedBy(), UserFormats.dateTime(step.respondedAt()))
                    + (step.rounds() > 1 ? " " + getTranslation("quality.answerRound", step.rounds()) : "")));
        }
        if (step.reviewComment() != null || step.reviewedBy() != null) {
            Paragraph review = new Paragraph(getTranslation(step.status() == StepStatus.ACCEPTED ? "quality.acceptedBy" : "quality.returnedBy",
                    step.reviewedBy(), UserFormats.dateTime(step.reviewedAt()))
                    + (step.reviewComment() == null ? "" : ": " + step.reviewComment()));
            review.setId("review-" + slug);
            review.addClassName(step.status() == StepStatus.RETURNED ? "problem-box" : "success-notice");
            add(review);
        }
        boolean open = incident.status() == IncidentStatus.OPEN;
        if (open && supplier && step.status().awaitsSupplier()) {
            answerForm = new StepAnswerForm(step);
            add(answerForm);
        } else if (open && !supplier && step.status() == StepStatus.SUBMITTED) {
            reviewForm = new StepReviewForm(step.kind());
            add(reviewForm);
        } else if (open && step.status() == StepStatus.OPEN && step.response() == null) {
            add(new Hint(supplier ? "" : getTranslation("quality.notAnswered") + " " + QualityTexts.hint(step.kind())));
        }
        if (!incident.attachmentsOf(step.kind()).isEmpty() || (open && supplier && step.status().awaitsSupplier())) {
            add(files.apply(step.kind()));
        }
    }

    Registration addAnswerListener(ComponentEventListener<StepAnswerForm.Answered> listener) {
        return answerForm == null ? () -> { } : answerForm.addAnswerListener(listener);
    }

    Registration addAcceptListener(ComponentEventListener<StepReviewForm.Accepted> listener) {
        return reviewForm == null ? () -> { } : reviewForm.addAcceptListener(listener);
    }

    Registration addReturnListener(ComponentEventListener<StepReviewForm.Returned> listener) {
        return reviewForm == null ? () -> { } : reviewForm.addReturnListener(listener);
    }

    private static HorizontalLayout heading(StepView step, Instant now) {
        Span status = StatusBadge.of(QualityTexts.status(step.status()), switch (step.status()) {
            case OPEN -> StatusBadge.Tone.INFO;
            case SUBMITTED -> StatusBadge.Tone.WARNING;
            case RETURNED -> StatusBadge.Tone.ERROR;
            case ACCEPTED -> StatusBadge.Tone.OK;
        });
        status.setId("step-status-" + step.kind().slug());
        HorizontalLayout heading = new HorizontalLayout(new H3(QualityTexts.step(step.kind())), status);
        if (step.status().awaitsSupplier()) {
            heading.add(step.isOverdue(now)
                    ? StatusBadge.of(I18NProvider.translate("quality.wasDue", UserFormats.dateTime(step.dueAt())), StatusBadge.Tone.ERROR)
                    : StatusBadge.of(I18NProvider.translate("quality.dueAt", UserFormats.dateTime(step.dueAt())), StatusBadge.Tone.NEUTRAL));
        }
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        return heading;
    }
}
