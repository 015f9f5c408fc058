package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ValueEvent;

/** Asks why the supplier rejects the whole order; the reason then stands on every line, still changeable per line. */
class RejectAllDialog extends Dialog {

    RejectAllDialog() {
        setHeaderTitle(getTranslation("ack.rejectAll.title"));
        TextField reason = TextLimits.limit(new TextField(getTranslation("ack.rejectAll.reason")), 1000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("ack.rejectAll.text")), reason);
        Button apply = new Button(getTranslation("ack.rejectAll.apply"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("ack.rejectAll.reasonMissing"));
                reason.setInvalid(true);
                return;
            }
            fireEvent(new RejectedAll(this, reason.getValue()));
            close();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ack.cancel"), click -> close()), apply);
    }

    Registration addRejectListener(ComponentEventListener<RejectedAll> listener) {
        return addListener(RejectedAll.class, listener);
    }

    /** Every line is to be rejected, for this reason. */
    static final class RejectedAll extends ValueEvent<RejectAllDialog, String> {
        RejectedAll(RejectAllDialog source, String reason) {
            super(source, true, reason);
        }
    }
}
