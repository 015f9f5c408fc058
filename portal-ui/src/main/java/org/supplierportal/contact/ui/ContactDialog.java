package org.supplierportal.contact.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import jakarta.validation.ConstraintViolationException;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.contact.ContactChangedMeanwhileException;
import org.supplierportal.contact.ContactDraft;
import org.supplierportal.contact.ContactNotFoundException;
import org.supplierportal.contact.ContactFunction;
import org.supplierportal.contact.SupplierContactView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.FieldErrors;

/** Adds or changes a contact. The service validates; its messages appear next to the fields. */
class ContactDialog extends Dialog {

    private final TextField name = TextLimits.limit(new TextField("Name"), 200);
    private final Select<ContactFunction> function = new Select<>();
    private final EmailField email = TextLimits.limit(new EmailField("E-mail"), 254);
    private final TextField phone = TextLimits.limit(new TextField("Phone"), 50);
    private final TextArea notes = TextLimits.limit(new TextArea("Notes"), 500);
    private final Map<String, HasValidation> fields = Map.of("name", name, "function", function, "email", email,
            "phone", phone, "notes", notes);

    /**
     * @param save saves the draft and returns the saved contact's name, or throws the service's exception
     */
    ContactDialog(String title, SupplierContactView existing, SerializableFunction<ContactDraft, String> save) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        name.setId("contact-name");
        function.setId("contact-function");
        email.setId("contact-email");
        phone.setId("contact-phone");
        notes.setId("contact-notes");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        function.setLabel("Responsible for");
        function.setItems(ContactFunction.values());
        function.setItemLabelGenerator(ContactFunction::label);
        function.setRequiredIndicatorVisible(true);
        function.setValue(ContactFunction.SALES);
        email.setRequiredIndicatorVisible(true);
        phone.setHelperText("With country code, e.g. +46 31 555 01 00");
        notes.setMaxLength(500);
        notes.setHelperText("For example opening hours or languages spoken");
        if (existing != null) {
            name.setValue(existing.name());
            function.setValue(existing.function());
            email.setValue(existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        FormLayout form = new FormLayout(name, function, email, phone, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button saveButton = new Button("Save contact", click -> save(save));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save-contact");
        saveButton.setDisableOnClick(true);
        saveButton.addClickListener(click -> saveButton.setEnabled(true));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, saveButton);
        name.focus();
    }

    private void save(SerializableFunction<ContactDraft, String> save) {
        ContactDraft draft = new ContactDraft(name.getValue(), function.getValue(), email.getValue(), phone.getValue(),
                notes.getValue());
        try {
            String savedName = save.apply(draft);
            close();
            Confirmations.done("Contact " + savedName + " saved");
        } catch (ContactChangedMeanwhileException | ContactNotFoundException conflict) {
            // Nothing of the user's input is lost silently: the dialog stays open with it, and says what happened.
            Confirmations.failed(conflict.getMessage());
        } catch (ConstraintViolationException invalid) {
            String rest = FieldErrors.show(invalid, fields);
            if (!rest.isEmpty()) {
                Confirmations.failed(rest);
            }
        }
    }
}
