package org.supplierportal.inbox.ui;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.DatePickers;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * How a buyer decides an open exception: approve, reject or counter-propose an answer, close anything else; with a
 * note. Says what was decided; the view applies it and hands back the problems, shown next to their fields.
 */
class DecisionForm extends Div {

    private final UUID exceptionId;
    private final TextField note = TextLimits.limit(new TextField(I18NProvider.translate("inbox.form.note")), 2000);
    private final BigDecimalField quantity = new BigDecimalField(I18NProvider.translate("asn.field.quantity"));
    private final DatePicker date = DatePickers.create(I18NProvider.translate("ack.field.date"));
    private final BigDecimalField price = new BigDecimalField(I18NProvider.translate("inbox.form.unitPrice"));
    /** The service's field names; a rejection's reason is its note. */
    private final Map<String, HasValidation> fields = Map.of("note", note, "reason", note, "quantity", quantity,
            "date", date, "unitPrice", price);

    DecisionForm(ExceptionView exception) {
        exceptionId = exception.id();
        note.setWidthFull();
        note.setId("decision-note");
        if (exception.type().isAnswerDecision()) {
            answerDecisions();
        } else {
            Button close = new Button(getTranslation("inbox.form.close"), click -> decided(new Decision.Close(exceptionId, note.getValue())));
            close.setId("close-exception");
            add(new Paragraph(getTranslation("inbox.form.closeHelp")), note, close);
        }
    }

    private void answerDecisions() {
        Button approve = new Button(getTranslation("inbox.form.approve"), click -> decided(new Decision.Approve(exceptionId, note.getValue())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-exception");
        Button reject = new Button(getTranslation("inbox.form.reject"), click -> decided(new Decision.Reject(exceptionId, note.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-exception");
        quantity.setId("counter-quantity");
        date.setId("counter-date");
        price.setId("counter-price");
        Button counter = new Button(getTranslation("inbox.form.counter"), click -> decided(new Decision.Counter(exceptionId,
                new CounterProposal(quantity.getValue(), date.getValue(), price.getValue()), note.getValue())));
        counter.setId("counter-exception");
        Div counterFields = new Div(quantity, date, price, counter);
        counterFields.addClassName("answer-fields");
        add(note, new Div(approve, reject), new Paragraph(getTranslation("inbox.form.orPropose")), counterFields);
    }

    /** Shows the message next to its field; false when no field of the form is named so. */
    boolean showProblem(String field, String message) {
        HasValidation target = fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    Registration addDecidedListener(ComponentEventListener<Decided> listener) {
        return addListener(Decided.class, listener);
    }

    private void decided(Decision decision) {
        FieldErrors.clear(fields);
        fireEvent(new Decided(this, decision));
    }

    /** The buyer pressed a decision's button. */
    static class Decided extends ComponentEvent<DecisionForm> {

        private final transient Decision decision;

        Decided(DecisionForm source, Decision decision) {
            super(source, true);
            this.decision = decision;
        }

        Decision decision() {
            return decision;
        }
    }
}
