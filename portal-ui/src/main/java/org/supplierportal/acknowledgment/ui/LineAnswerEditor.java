package org.supplierportal.acknowledgment.ui;

import org.supplierportal.locale.Explanations;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.acknowledgment.FieldProblem;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.SupplierAnswer.Decision;

/**
 * The answer to one order line: accept, propose (quantity, date, price, or a split into deliveries) or reject with
 * a reason; with a preview of what will happen and why, and the service's messages next to the fields. Raises an
 * event on every change; the view has the service preview the answer and shows it here.
 */
class LineAnswerEditor extends Div {

    private final OrderLineView line;
    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final ProposalFields proposal;
    private final TextField rejectReason = TextLimits.limit(new TextField(getTranslation("ack.field.rejectReason")), 1000);
    private final TextField comment = TextLimits.limit(new TextField(getTranslation("ack.field.comment")), 2000);
    private final Div preview = new Div();

    LineAnswerEditor(OrderLineView line, String currency) {
        this.line = line;
        this.proposal = new ProposalFields(line, currency);
        addClassName("answer-line");
        setId("line-" + line.lineNumber());
        String prefix = "line-" + line.lineNumber() + "-";

        decision.setItems(Decision.ACCEPT, Decision.PROPOSE, Decision.REJECT);
        decision.setItemLabelGenerator(choice -> switch (choice) {
            case ACCEPT -> getTranslation("ack.decision.accept");
            case PROPOSE -> getTranslation("ack.decision.propose");
            case REJECT -> getTranslation("ack.decision.reject");
        });
        decision.setValue(Decision.ACCEPT);
        decision.setId(prefix + "decision");
        rejectReason.setId(prefix + "reason");
        rejectReason.setWidthFull();
        rejectReason.setVisible(false);
        rejectReason.setRequiredIndicatorVisible(true);
        comment.setId(prefix + "comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        preview.addClassName("preview");
        preview.setId(prefix + "preview");
        add(new OrderedLine(line, currency), new Div(decision, proposal, rejectReason, comment), preview);

        decision.addValueChangeListener(event -> {
            proposal.setVisible(event.getValue() == Decision.PROPOSE);
            rejectReason.setVisible(event.getValue() == Decision.REJECT);
            changed();
        });
        proposal.addChangeListener(event -> changed());
        rejectReason.setValueChangeMode(ValueChangeMode.LAZY);
        rejectReason.addValueChangeListener(event -> changed());
    }

    int lineNumber() {
        return line.lineNumber();
    }

    void choose(Decision choice, String reason) {
        decision.setValue(choice);
        if (reason != null) {
            rejectReason.setValue(reason);
        }
    }

    /** Restores an answer given earlier (after the order changed under the supplier). */
    void restore(LineAnswer answer) {
        decision.setValue(answer.decision());
        proposal.restore(answer);
        rejectReason.setValue(answer.rejectReason() == null ? "" : answer.rejectReason());
        comment.setValue(answer.comment() == null ? "" : answer.comment());
        if (answer.isSplit()) {
            proposal.restoreSplit(answer.deliveries());
        }
    }

    LineAnswer answer() {
        Decision choice = decision.getValue();
        if (choice == Decision.PROPOSE) {
            return proposal.answer(comment.getValue());
        }
        return new LineAnswer(line.lineNumber(), choice, null, null, null, null, null, null,
                choice == Decision.REJECT ? rejectReason.getValue() : null, comment.getValue());
    }

    /** Shows the preview: confirmed at once, to the buyer and why, or what is wrong with the input. */
    void show(LinePreview result) {
        clearErrors();
        preview.removeClassNames("preview-commit", "preview-buyer", "preview-invalid");
        if (!result.valid()) {
            List<String> unplaced = place(result.problems());
            preview.addClassName("preview-invalid");
            preview.setText(unplaced.isEmpty() ? getTranslation("ack.correctMarked") : String.join(" ", unplaced));
            return;
        }
        LineEvaluation evaluation = result.evaluation();
        boolean commit = evaluation.outcome() == LineEvaluation.Outcome.COMMIT;
        preview.addClassName(commit ? "preview-commit" : "preview-buyer");
        preview.setText(Explanations.summary(evaluation));
    }

    /** Marks the fields named by the service's problems; returns the messages no field could show. */
    List<String> place(List<FieldProblem> problems) {
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().substring(problem.field().indexOf('.') + 1);
            HasValidation target = field.equals("rejectReason") ? rejectReason : proposal.field(field);
            if (target == null) {
                unplaced.add(text(problem));
            } else {
                target.setErrorMessage(text(problem));
                target.setInvalid(true);
            }
        }
        return unplaced;
    }

    /** A problem in the reader's language where it has a key; the service's English otherwise. */
    static String text(FieldProblem problem) {
        return problem.translatable() == null ? problem.message() : Explanations.translate(problem.translatable());
    }

    Registration addChangeListener(ComponentEventListener<AnswerChanged> listener) {
        return addListener(AnswerChanged.class, listener);
    }

    private void clearErrors() {
        rejectReason.setInvalid(false);
        rejectReason.setErrorMessage(null);
        proposal.clearErrors();
    }

    private void changed() {
        fireEvent(new AnswerChanged(this));
    }

    /** The supplier changed the answer to this line. */
    static final class AnswerChanged extends ComponentEvent<LineAnswerEditor> {
        AnswerChanged(LineAnswerEditor source) {
            super(source, true);
        }
    }
}
