package org.supplierportal.acknowledgment.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.shell.DatePickers;

/** One delivery of a split line: a quantity on a date, and a button that takes it out again. */
class DeliveryRow extends Div {

    private final BigDecimalField quantity = new BigDecimalField();
    private final DatePicker date = DatePickers.create(getTranslation("ack.field.date"));

    DeliveryRow(int lineNumber, int index, String unit, BigDecimal amount, LocalDate when) {
        addClassName("answer-fields");
        quantity.setLabel(getTranslation("ack.field.quantity", unit));
        quantity.setValue(amount);
        quantity.setId("line-" + lineNumber + "-delivery-" + index + "-quantity");
        quantity.setValueChangeMode(ValueChangeMode.LAZY);
        date.setValue(when);
        date.setId("line-" + lineNumber + "-delivery-" + index + "-date");
        Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> fireEvent(new RemoveRequested(this)));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeButton.setAriaLabel(getTranslation("ack.field.removeDelivery"));
        quantity.addValueChangeListener(event -> fireEvent(new Changed(this)));
        date.addValueChangeListener(event -> fireEvent(new Changed(this)));
        add(quantity, date, removeButton);
    }

    LineAnswer.Delivery delivery() {
        return new LineAnswer.Delivery(quantity.getValue(), date.getValue());
    }

    /** The field a problem names ({@code quantity}, {@code date}), or null. */
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

    Registration addChangeListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveRequested> listener) {
        return addListener(RemoveRequested.class, listener);
    }

    /** The quantity or the date changed. */
    static final class Changed extends ComponentEvent<DeliveryRow> {
        Changed(DeliveryRow source) {
            super(source, true);
        }
    }

    /** The supplier takes this delivery out of the split. */
    static final class RemoveRequested extends ComponentEvent<DeliveryRow> {
        RemoveRequested(DeliveryRow source) {
            super(source, true);
        }
    }
}
