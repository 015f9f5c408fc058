package org.supplierportal.acknowledgment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.acknowledgment.FieldProblem;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.SupplierAnswer.Decision;

/**
 * The answer to one order line: accept, propose (quantity, date, price, or a split into deliveries) or reject with
 * a reason; with a live preview of what will happen and why, and the service's messages next to the fields.
 */
class LineAnswerEditor extends Div {

    private final OrderLineView line;
    private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    private final BigDecimalField quantity = new BigDecimalField();
    private final DatePicker date = new DatePicker("Delivery date");
    private final BigDecimalField price = new BigDecimalField();
    private final Checkbox split = new Checkbox("Split into several deliveries");
    private final Div deliveries = new Div();
    private final List<DeliveryRow> deliveryRows = new ArrayList<>();
    private final TextField rejectReason = TextLimits.limit(new TextField("Why do you reject it?"), 1000);
    private final TextField comment = TextLimits.limit(new TextField("Comment to the buyer (optional)"), 2000);
    private final Div proposal = new Div();
    private final Div preview = new Div();
    private final Runnable changed;

    LineAnswerEditor(OrderLineView line, String currency, Runnable changed) {
        this.line = line;
        this.changed = changed;
        addClassName("answer-line");
        setId("line-" + line.lineNumber());
        String prefix = "line-" + line.lineNumber() + "-";

        Div about = new Div(new H3("Line " + line.lineNumber() + " · " + line.partNumber()),
                new Paragraph((line.supplierPartNumber() == null ? "" : "Your part " + line.supplierPartNumber() + " · ")
                        + (line.description() == null ? "" : line.description())),
                new Paragraph("Ordered: " + UserFormats.quantity(line.quantity(), line.unit()) + " on "
                        + UserFormats.date(line.requestedDate()) + " at " + price(line.unitPrice(), currency)));
        if (line.changedInRevision() > 1) {
            Paragraph changedNote = new Paragraph("Changed in revision " + line.changedInRevision() + ".");
            changedNote.addClassName("note");
            about.add(changedNote);
        }
        if (line.statusNote() != null && line.changedInRevision() <= 1) {
            Paragraph note = new Paragraph(line.statusNote());
            note.addClassName("note");
            about.add(note);
        }

        decision.setItems(Decision.ACCEPT, Decision.PROPOSE, Decision.REJECT);
        decision.setItemLabelGenerator(choice -> switch (choice) {
            case ACCEPT -> "Accept";
            case PROPOSE -> "Propose a change";
            case REJECT -> "Reject";
        });
        decision.setValue(Decision.ACCEPT);
        decision.setId(prefix + "decision");

        quantity.setLabel("Quantity (" + line.unit() + ")");
        quantity.setPlaceholder(UserFormats.number(line.quantity()));
        quantity.setId(prefix + "quantity");
        date.setPlaceholder(UserFormats.date(line.requestedDate()));
        date.setId(prefix + "date");
        price.setLabel("Unit price (" + currency + ")");
        price.setPlaceholder(UserFormats.number(line.unitPrice()));
        price.setId(prefix + "price");
        split.setId(prefix + "split");
        Button addDelivery = new Button("Add delivery", VaadinIcon.PLUS.create(), click -> addDelivery(null, null));
        addDelivery.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addDelivery.setId(prefix + "add-delivery");
        Div deliveryEditor = new Div(deliveries, addDelivery);
        deliveryEditor.setVisible(false);
        proposal.add(new Div(quantity, date, price), split, deliveryEditor);
        proposal.getChildren().findFirst().ifPresent(fields -> ((Div) fields).addClassName("answer-fields"));
        proposal.setVisible(false);

        rejectReason.setId(prefix + "reason");
        rejectReason.setWidthFull();
        rejectReason.setVisible(false);
        rejectReason.setRequiredIndicatorVisible(true);
        comment.setId(prefix + "comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);

        Div answer = new Div(decision, proposal, rejectReason, comment);
        preview.addClassName("preview");
        preview.setId(prefix + "preview");
        add(about, answer, preview);

        decision.addValueChangeListener(event -> {
            proposal.setVisible(event.getValue() == Decision.PROPOSE);
            rejectReason.setVisible(event.getValue() == Decision.REJECT);
            changed.run();
        });
        split.addValueChangeListener(event -> {
            deliveryEditor.setVisible(event.getValue());
            quantity.setVisible(!event.getValue());
            date.setVisible(!event.getValue());
            if (event.getValue() && deliveryRows.isEmpty()) {
                addDelivery(null, line.requestedDate());
                addDelivery(null, null);
            }
            changed.run();
        });
        quantity.setValueChangeMode(ValueChangeMode.LAZY);
        price.setValueChangeMode(ValueChangeMode.LAZY);
        rejectReason.setValueChangeMode(ValueChangeMode.LAZY);
        quantity.addValueChangeListener(event -> changed.run());
        date.addValueChangeListener(event -> changed.run());
        price.addValueChangeListener(event -> changed.run());
        rejectReason.addValueChangeListener(event -> changed.run());
    }

    private String price(BigDecimal value, String currency) {
        String money = UserFormats.money(value, currency);
        return line.priceUnit().compareTo(BigDecimal.ONE) == 0 ? money : money + " per " + UserFormats.quantity(line.priceUnit(), line.unit());
    }

    private void addDelivery(BigDecimal amount, java.time.LocalDate when) {
        DeliveryRow row = new DeliveryRow(line.lineNumber(), deliveryRows.size(), line.unit(), amount, when, this::removeDelivery, changed);
        deliveryRows.add(row);
        deliveries.add(row);
        changed.run();
    }

    private void removeDelivery(DeliveryRow row) {
        deliveryRows.remove(row);
        deliveries.remove(row);
        changed.run();
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
        quantity.setValue(answer.quantity());
        date.setValue(answer.date());
        price.setValue(answer.unitPrice());
        rejectReason.setValue(answer.rejectReason() == null ? "" : answer.rejectReason());
        comment.setValue(answer.comment() == null ? "" : answer.comment());
        if (answer.isSplit()) {
            split.setValue(true);
            deliveryRows.clear();
            deliveries.removeAll();
            answer.deliveries().forEach(delivery -> addDelivery(delivery.quantity(), delivery.date()));
        }
    }

    LineAnswer answer() {
        Decision choice = decision.getValue();
        if (choice == Decision.PROPOSE && split.getValue()) {
            return new LineAnswer(line.lineNumber(), choice, null, null, price.getValue(),
                    deliveryRows.stream().map(DeliveryRow::delivery).toList(), null, null, null, comment.getValue());
        }
        if (choice == Decision.PROPOSE) {
            return new LineAnswer(line.lineNumber(), choice, quantity.getValue(), date.getValue(), price.getValue(),
                    null, null, null, null, comment.getValue());
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
            preview.setText(unplaced.isEmpty() ? "Correct the marked fields." : String.join(" ", unplaced));
            return;
        }
        LineEvaluation evaluation = result.evaluation();
        boolean commit = evaluation.outcome() == LineEvaluation.Outcome.COMMIT;
        preview.addClassName(commit ? "preview-commit" : "preview-buyer");
        preview.setText(evaluation.summary());
    }

    /** Marks the fields named by the service's problems; returns the messages no field could show. */
    List<String> place(List<FieldProblem> problems) {
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().substring(problem.field().indexOf('.') + 1);
            HasValidation target = switch (field) {
                case "quantity" -> quantity;
                case "date" -> date;
                case "unitPrice" -> price;
                case "rejectReason" -> rejectReason;
                default -> deliveryField(field);
            };
            if (target == null) {
                unplaced.add(problem.message());
            } else {
                target.setErrorMessage(problem.message());
                target.setInvalid(true);
            }
        }
        return unplaced;
    }

    private HasValidation deliveryField(String field) {
        if (!field.startsWith("deliveries[")) {
            return null;
        }
        int close = field.indexOf(']');
        int index = Integer.parseInt(field.substring("deliveries[".length(), close));
        if (index >= deliveryRows.size() || close + 2 > field.length()) {
            return null;
        }
        return deliveryRows.get(index).field(field.substring(close + 2));
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(quantity, date, price, rejectReason)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        deliveryRows.forEach(DeliveryRow::clearErrors);
    }

    /** One delivery of a split: a quantity on a date. */
    private static final class DeliveryRow extends Div {

        private final BigDecimalField quantity = new BigDecimalField();
        private final DatePicker date = new DatePicker("Date");

        DeliveryRow(int lineNumber, int index, String unit, BigDecimal amount, java.time.LocalDate when,
                    Consumer<DeliveryRow> remove, Runnable changed) {
            addClassName("answer-fields");
            quantity.setLabel("Quantity (" + unit + ")");
            quantity.setValue(amount);
            quantity.setId("line-" + lineNumber + "-delivery-" + index + "-quantity");
            quantity.setValueChangeMode(ValueChangeMode.LAZY);
            date.setValue(when);
            date.setId("line-" + lineNumber + "-delivery-" + index + "-date");
            Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> remove.accept(this));
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            removeButton.setAriaLabel("Remove this delivery");
            quantity.addValueChangeListener(event -> changed.run());
            date.addValueChangeListener(event -> changed.run());
            add(quantity, date, removeButton);
        }

        LineAnswer.Delivery delivery() {
            return new LineAnswer.Delivery(quantity.getValue(), date.getValue());
        }

        HasValidation field(String name) {
            return switch (name) {
                case "quantity" -> quantity;
                case "date" -> date;
                default -> null;
            };
        }

        void clearErrors() {
            quantity.setInvalid(false);
            date.setInvalid(false);
        }
    }
}
