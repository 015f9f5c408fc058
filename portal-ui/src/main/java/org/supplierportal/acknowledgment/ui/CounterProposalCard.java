package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.locale.Explanations;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ValueEvent;

/** The buyer's counter-proposal on one line: the supplier accepts it, or rejects it with a reason. */
class CounterProposalCard extends Div {

    private final int lineNumber;
    private final TextField reason = TextLimits.limit(new TextField(getTranslation("ack.field.rejectReason")), 900);

    CounterProposalCard(OrderLineView line) {
        this.lineNumber = line.lineNumber();
        reason.setWidthFull();
        reason.setId("counter-" + lineNumber + "-reason");
        Button accept = new Button(getTranslation("ack.counter.accept"), click -> fireEvent(new Accepted(this)));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("counter-" + lineNumber + "-accept");
        Button reject = new Button(getTranslation("ack.counter.reject"), click -> fireEvent(new Rejected(this, reason.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("counter-" + lineNumber + "-reject");
        add(new H2(getTranslation("ack.line.heading", lineNumber, line.partNumber())), new Paragraph(line.statusNote().worded(Explanations::translate)), reason, new Div(accept, reject));
        addClassNames("banner", "banner-info");
        setId("counter-" + lineNumber);
    }

    int lineNumber() {
        return lineNumber;
    }

    /** Shows why the service refused the response, by the reason. */
    void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }

    Registration addAcceptListener(ComponentEventListener<Accepted> listener) {
        return addListener(Accepted.class, listener);
    }

    Registration addRejectListener(ComponentEventListener<Rejected> listener) {
        return addListener(Rejected.class, listener);
    }

    /** The supplier accepts the buyer's values. */
    static final class Accepted extends ComponentEvent<CounterProposalCard> {
        Accepted(CounterProposalCard source) {
            super(source, true);
        }
    }

    /** The supplier rejects the counter-proposal, for this reason. */
    static final class Rejected extends ValueEvent<CounterProposalCard, String> {
        Rejected(CounterProposalCard source, String reason) {
            super(source, true, reason);
        }
    }
}
