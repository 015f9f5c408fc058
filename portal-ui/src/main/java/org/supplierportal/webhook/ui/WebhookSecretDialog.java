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
        setHeaderTitle(getTranslation("webhooks.secret.title", created.webhook().url()));
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("40rem");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("webhooks.secret.warning")));
        warning.setId("webhook-secret-warning");
        warning.addClassName("callout-warning");
        TextField secret = new TextField(getTranslation("webhooks.secret.field"));
        secret.setId("webhook-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        add(warning, secret, new Paragraph(getTranslation("webhooks.secret.how")));
        Button done = new Button(getTranslation("webhooks.secret.done"), click -> {
            close();
            Confirmations.done(getTranslation("webhooks.activeNow", created.webhook().url()));
        });
        done.setId("webhook-secret-stored");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
