package org.supplierportal.webhook.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.webhook.WebhookDraft;
import org.supplierportal.webhook.WebhookProblem;
import com.vaadin.flow.i18n.I18NProvider;

/** The form of a new webhook: the API client whose system is told, its address, the events. Raises {@link SubmitEvent}. */
class NewWebhookDialog extends Dialog {

    static final class SubmitEvent extends ComponentEvent<NewWebhookDialog> {

        private final WebhookDraft draft;

        SubmitEvent(NewWebhookDialog source, WebhookDraft draft) {
            super(source, true);
            this.draft = draft;
        }

        WebhookDraft draft() {
            return draft;
        }
    }

    private final ComboBox<ApiClientView> client = new ComboBox<>(I18NProvider.translate("webhooks.column.client"));
    private final TextField url = new TextField(I18NProvider.translate("webhooks.dialog.url"));
    private final CheckboxGroup<BusinessEventType> events = new CheckboxGroup<>(I18NProvider.translate("webhooks.dialog.events"));
    private final Map<String, HasValidation> fields = Map.of("client", client, "url", url, "eventTypes", events);

    NewWebhookDialog(List<ApiClientView> usableClients) {
        setHeaderTitle(getTranslation("webhooks.dialog.title"));
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("36rem");
        client.setId("webhook-client");
        client.setItems(usableClients);
        client.setItemLabelGenerator(view -> view.buyerSide() ? getTranslation("webhooks.dialog.buyerSideClient", view.name())
                : view.name() + " (" + view.tenantName() + ")");
        client.setRequiredIndicatorVisible(true);
        client.setHelperText(getTranslation("webhooks.dialog.client.help"));
        if (usableClients.size() == 1) {
            client.setValue(usableClients.getFirst());
        }
        url.setId("webhook-url");
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://erp.example.com/portal-events");
        url.setHelperText(getTranslation("webhooks.dialog.url.help"));
        events.setId("webhook-events");
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        events.setItems(Arrays.asList(BusinessEventType.values()));
        events.setItemLabelGenerator(BusinessEventType::wireName);
        events.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(client, url, events);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("webhooks.dialog.add"), click -> fireEvent(new SubmitEvent(this, new WebhookDraft(
                client.getValue() == null ? null : client.getValue().id(), url.getValue(), events.getValue()))));
        create.setId("create-webhook");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("webhooks.dialog.cancel"), click -> close()), create);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The service's problems, each by its field, in the reader's language. */
    void show(List<WebhookProblem> problems) {
        FieldErrors.clear(fields);
        for (WebhookProblem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), url);
            field.setErrorMessage(Explanations.translate(problem.translatable()));
            field.setInvalid(true);
        }
    }
}
