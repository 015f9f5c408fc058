package org.supplierportal.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.webhook.CreatedWebhook;

/** The new webhook's signing secret, shown this once, and what the receiver does with it. */
class WebhookSecretDialog extends Dialog {

    WebhookSecretDialog(CreatedWebhook created) {
        setHeaderTitle("Webhook to " + created.webhook().url() + " added");
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("40rem");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Paragraph("Copy the signing secret now: it is shown only"
                + " this once. If it is lost, delete this webhook and add a new one."));
        warning.setId("webhook-secret-warning");
        warning.addClassName("callout-warning");
        TextField secret = new TextField("Signing secret");
        secret.setId("webhook-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        add(warning, secret, new Paragraph("Each event is posted as JSON with the headers webhook-id, webhook-timestamp"
                + " and webhook-signature (Standard Webhooks): the receiver computes the signature with this secret and"
                + " drops a message whose signature differs. See \"Webhooks\" in the API documentation."));
        Button done = new Button("I have stored the secret", click -> {
            close();
            Confirmations.done("Webhook to " + created.webhook().url() + " is active");
        });
        done.setId("webhook-secret-stored");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
