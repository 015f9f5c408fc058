package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.shell.ValueEvent;
import org.supplierportal.shell.ViewHeader;

/** The head of an order's answer: which order and revision, and the buttons that answer every line alike. */
class AnswerHeader extends ViewHeader {

    AnswerHeader(OrderForAnswer order) {
        super(I18NProvider.translate("ack.title", order.number()), I18NProvider.translate("ack.description", order.revision()));
        Button acceptAll = new Button(getTranslation("ack.acceptAll"), click -> fireEvent(new AcceptedAll(this)));
        acceptAll.setId("accept-all");
        Button rejectAll = new Button(getTranslation("ack.rejectAll"), click -> {
            RejectAllDialog dialog = new RejectAllDialog();
            dialog.addRejectListener(rejected -> fireEvent(new RejectedAll(this, rejected.value())));
            dialog.open();
        });
        rejectAll.setId("reject-all");
        rejectAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(acceptAll, rejectAll);
    }

    Registration addAcceptAllListener(ComponentEventListener<AcceptedAll> listener) {
        return addListener(AcceptedAll.class, listener);
    }

    Registration addRejectAllListener(ComponentEventListener<RejectedAll> listener) {
        return addListener(RejectedAll.class, listener);
    }

    /** Every line is to be accepted. */
    static final class AcceptedAll extends ComponentEvent<AnswerHeader> {
        AcceptedAll(AnswerHeader source) {
            super(source, true);
        }
    }

    /** Every line is to be rejected, for this reason (the supplier can still change single lines). */
    static final class RejectedAll extends ValueEvent<AnswerHeader, String> {
        RejectedAll(AnswerHeader source, String reason) {
            super(source, true, reason);
        }
    }
}
