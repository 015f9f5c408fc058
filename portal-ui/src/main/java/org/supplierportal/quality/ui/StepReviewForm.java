package org.supplierportal.quality.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ValueEvent;
import com.vaadin.flow.i18n.I18NProvider;

/** Where the buyer accepts a submitted step, or returns it with a comment on what is missing. */
class StepReviewForm extends Div {

    private final StepKind step;
    private final TextArea comment = TextLimits.limit(new TextArea(I18NProvider.translate("quality.review.comment")), 2000);

    StepReviewForm(StepKind step) {
        this.step = step;
        comment.setId("comment-" + step.slug());
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("quality.review.comment.help"));
        Button accept = new Button(getTranslation("quality.review.accept"), VaadinIcon.CHECK.create());
        accept.setId("accept-" + step.slug());
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> fireEvent(new Accepted(this, comment.getValue())));
        Button giveBack = new Button(getTranslation("quality.review.return"), VaadinIcon.REPLY.create());
        giveBack.setId("return-" + step.slug());
        giveBack.addClickListener(click -> fireEvent(new Returned(this, comment.getValue())));
        add(comment, new HorizontalLayout(accept, giveBack));
    }

    /** Shows why the service refused the review, by the comment. */
    void refuse(String message) {
        comment.setErrorMessage(message);
        comment.setInvalid(true);
    }

    StepKind step() {
        return step;
    }

    Registration addAcceptListener(ComponentEventListener<Accepted> listener) {
        return addListener(Accepted.class, listener);
    }

    Registration addReturnListener(ComponentEventListener<Returned> listener) {
        return addListener(Returned.class, listener);
    }

    /** The buyer accepts the step, with an optional comment. */
    static final class Accepted extends ValueEvent<StepReviewForm, String> {
        Accepted(StepReviewForm source, String comment) {
            super(source, true, comment);
        }
    }

    /** The buyer returns the step to the supplier, with a comment on what is missing. */
    static final class Returned extends ValueEvent<StepReviewForm, String> {
        Returned(StepReviewForm source, String comment) {
            super(source, true, comment);
        }
    }
}
