package org.supplierportal.quality.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepStatus;
import org.supplierportal.quality.StepView;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ValueEvent;

/** Where the supplier writes one step of the answer (a returned step starts from the answer given before). */
class StepAnswerForm extends Div {

    private final StepKind step;
    private final TextArea text;

    StepAnswerForm(StepView step) {
        this.step = step.kind();
        String slug = step.kind().slug();
        text = TextLimits.limit(new TextArea(getTranslation("quality.step.your", QualityTexts.step(step.kind()))), 8000);
        text.setId("response-" + slug);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(8000);
        text.setHelperText(QualityTexts.hint(step.kind()));
        if (step.status() == StepStatus.RETURNED && step.response() != null) {
            text.setValue(step.response());
        }
        Button send = new Button(getTranslation("quality.step.send"), VaadinIcon.PAPERPLANE.create());
        send.setId("send-" + slug);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> fireEvent(new Answered(this, text.getValue())));
        add(text, send);
    }

    /** Shows why the service refused the answer, by the text. */
    void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    Registration addAnswerListener(ComponentEventListener<Answered> listener) {
        return addListener(Answered.class, listener);
    }

    StepKind step() {
        return step;
    }

    /** The supplier sends this answer to the step. */
    static final class Answered extends ValueEvent<StepAnswerForm, String> {
        Answered(StepAnswerForm source, String text) {
            super(source, true, text);
        }
    }
}
