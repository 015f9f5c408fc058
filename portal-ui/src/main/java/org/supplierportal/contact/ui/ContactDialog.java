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
import com.vaadin.flow.i18n.I18NProvider;

/** Adds or changes a contact. The service validates; its messages appear next to the fields. */
class ContactDialog extends Dialog {

    private final TextField name = TextLimits.limit(new TextField(I18NProvider.translate("contact.field.name")), 200);
    private final Select<ContactFunction> function = new Select<>();
    private final EmailField email = TextLimits.limit(new EmailField(I18NProvider.translate("contact.field.email")), 254);
    private final TextField phone = TextLimits.limit(new TextField(I18NProvider.translate("contact.field.phone")), 50);
    private final TextArea notes = TextLimits.limit(new TextArea(I18NProvider.translate("contact.field.notes")), 500);
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
        function.setLabel(getTranslation("contact.field.function"));
        function.setItems(ContactFunction.values());
        function.setItemLabelGenerator(ContactDialog::functionLabel);
        function.setRequiredIndicatorVisible(true);
        function.setValue(ContactFunction.SALES);
        email.setRequiredIndicatorVisible(true);
        phone.setHelperText(getTranslation("contact.field.phone.help"));
        notes.setMaxLength(500);
        notes.setHelperText(getTranslation("contact.field.notes.help"));
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

        Button saveButton = new Button(getTranslation("contact.save"), click -> save(save));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save-contact");
        saveButton.setDisableOnClick(true);
        saveButton.addClickListener(click -> saveButton.setEnabled(true));
        Button cancel = new Button(getTranslation("contact.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
        name.focus();
    }

    /** What a contact is responsible for, in the reader's language. */
    static String functionLabel(ContactFunction function) {
        return I18NProvider.translate("contact.function." + function.name());
    }

    private void save(SerializableFunction<ContactDraft, String> save) {
        ContactDraft draft = new ContactDraft(name.getValue(), function.getValue(), email.getValue(), phone.getValue(),
                notes.getValue());
        try {
            String savedName = save.apply(draft);
            close();
            Confirmations.done(getTranslation("contact.saved", savedName));
        } catch (ContactChangedMeanwhileException changed) {
            // Nothing of the user's input is lost silently: the dialog stays open with it, and says what happened.
            Confirmations.failed(getTranslation("contact.changedMeanwhile", name.getValue()));
        } catch (ContactNotFoundException gone) {
            Confirmations.failed(getTranslation("contact.notFound"));
        } catch (ConstraintViolationException invalid) {
            String rest = FieldErrors.show(invalid, fields);
            if (!rest.isEmpty()) {
                Confirmations.failed(rest);
            }
        }
    }
}
