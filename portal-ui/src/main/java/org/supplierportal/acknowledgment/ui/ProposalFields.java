package org.supplierportal.acknowledgment.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tolerance.SupplierAnswer.Decision;
import org.supplierportal.shell.DatePickers;

/**
 * What the supplier proposes for one line instead of the ordered values: another quantity, date or price, or the
 * line split into several deliveries. Raises a change event on every edit, so the preview can follow.
 */
class ProposalFields extends Div {

    private final OrderLineView line;
    private final BigDecimalField quantity = new BigDecimalField();
    private final DatePicker date = DatePickers.create(getTranslation("ack.field.deliveryDate"));
    private final BigDecimalField price = new BigDecimalField();
    private final Checkbox split = new Checkbox(getTranslation("ack.field.split"));
    private final Div deliveries = new Div();
    private final List<DeliveryRow> deliveryRows = new ArrayList<>();

    ProposalFields(OrderLineView line, String currency) {
        this.line = line;
        String prefix = "line-" + line.lineNumber() + "-";
        quantity.setLabel(getTranslation("ack.field.quantity", line.unit()));
        quantity.setPlaceholder(UserFormats.number(line.quantity()));
        quantity.setId(prefix + "quantity");
        date.setPlaceholder(UserFormats.date(line.requestedDate()));
        date.setId(prefix + "date");
        price.setLabel(getTranslation("ack.field.unitPrice", currency));
        price.setPlaceholder(UserFormats.number(line.unitPrice()));
        price.setId(prefix + "price");
        split.setId(prefix + "split");
        Button addDelivery = new Button(getTranslation("ack.field.addDelivery"), VaadinIcon.PLUS.create(), click -> addDelivery(null, null));
        addDelivery.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addDelivery.setId(prefix + "add-delivery");
        Div deliveryEditor = new Div(deliveries, addDelivery);
        deliveryEditor.setVisible(false);
        Div fields = new Div(quantity, date, price);
        fields.addClassName("answer-fields");
        add(fields, split, deliveryEditor);
        setVisible(false);

        split.addValueChangeListener(event -> {
            deliveryEditor.setVisible(event.getValue());
            quantity.setVisible(!event.getValue());
            date.setVisible(!event.getValue());
            if (event.getValue() && deliveryRows.isEmpty()) {
                addDelivery(null, line.requestedDate());
                addDelivery(null, null);
            }
            changed();
        });
        quantity.setValueChangeMode(ValueChangeMode.LAZY);
        price.setValueChangeMode(ValueChangeMode.LAZY);
        quantity.addValueChangeListener(event -> changed());
        date.addValueChangeListener(event -> changed());
        price.addValueChangeListener(event -> changed());
    }

    /** Puts back a proposal given earlier. */
    void restore(LineAnswer answer) {
        quantity.setValue(answer.quantity());
        date.setValue(answer.date());
        price.setValue(answer.unitPrice());
    }

    /** Puts back the deliveries of a split given earlier. */
    void restoreSplit(List<LineAnswer.Delivery> earlier) {
        split.setValue(true);
        deliveryRows.clear();
        deliveries.removeAll();
        earlier.forEach(delivery -> addDelivery(delivery.quantity(), delivery.date()));
    }

    /** The proposal as an answer to the line; the comment goes with it. */
    LineAnswer answer(String comment) {
        if (split.getValue()) {
            return new LineAnswer(line.lineNumber(), Decision.PROPOSE, null, null, price.getValue(),
                    deliveryRows.stream().map(DeliveryRow::delivery).toList(), null, null, null, comment);
        }
        return new LineAnswer(line.lineNumber(), Decision.PROPOSE, quantity.getValue(), date.getValue(),
                price.getValue(), null, null, null, null, comment);
    }

    /** The field a problem names ({@code quantity}, {@code date}, {@code unitPrice}, {@code deliveries[1].date}), or null. */
    HasValidation field(String name) {
        return switch (name) {
            case "quantity" -> quantity;
            case "date" -> date;
            case "unitPrice" -> price;
            default -> deliveryField(name);
        };
    }

    void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(quantity, date, price)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        deliveryRows.forEach(DeliveryRow::clearErrors);
    }

    Registration addChangeListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
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

    private void addDelivery(BigDecimal amount, LocalDate when) {
        DeliveryRow row = new DeliveryRow(line.lineNumber(), deliveryRows.size(), line.unit(), amount, when);
        row.addChangeListener(event -> changed());
        row.addRemoveListener(event -> {
            deliveryRows.remove(row);
            deliveries.remove(row);
            changed();
        });
        deliveryRows.add(row);
        deliveries.add(row);
        changed();
    }

    private void changed() {
        fireEvent(new Changed(this));
    }

    /** A value of the proposal changed. */
    static final class Changed extends ComponentEvent<ProposalFields> {
        Changed(ProposalFields source) {
            super(source, true);
        }
    }
}
