package org.supplierportal.acknowledgment.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.order.OrderId;
import org.supplierportal.tolerance.LineEvaluation;

/** The bar at the foot of an answer, always in view: send, cancel, and what sending would do to how many lines. */
class AnswerActions extends Div {

    private final Span outlook = new Span();

    AnswerActions(OrderId order) {
        Button send = new Button(getTranslation("ack.send"), click -> fireEvent(new SendRequested(this)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-acknowledgment");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        outlook.setId("outlook");
        add(send, new Anchor("orders/" + order, getTranslation("ack.cancel")), outlook);
        addClassName("sticky-actions");
    }

    /** "2 lines confirmed at once, 1 line to the buyer.": what sending would do, from each line's preview. */
    void showOutlook(List<LinePreview> previews) {
        long invalid = previews.stream().filter(preview -> !preview.valid()).count();
        long commit = previews.stream().filter(preview -> preview.valid()
                && preview.evaluation().outcome() == LineEvaluation.Outcome.COMMIT).count();
        long buyer = previews.size() - invalid - commit;
        outlook.setText(invalid > 0 ? getTranslation("ack.outlook.toCorrect", commit, buyer, invalid)
                : getTranslation("ack.outlook", commit, buyer));
    }

    Registration addSendListener(ComponentEventListener<SendRequested> listener) {
        return addListener(SendRequested.class, listener);
    }

    /** The supplier sends the answer. */
    static final class SendRequested extends ComponentEvent<AnswerActions> {
        SendRequested(AnswerActions source) {
            super(source, true);
        }
    }
}
