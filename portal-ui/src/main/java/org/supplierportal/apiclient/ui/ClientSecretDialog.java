package org.supplierportal.apiclient.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.shell.Confirmations;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The new client's id and secret, shown once: the portal keeps only a hash of the secret, so this dialog is the only
 * place it ever appears. Copy buttons, and how the system gets a token with them.
 */
class ClientSecretDialog extends Dialog {

    ClientSecretDialog(CreatedApiClient created, String portalAddress) {
        setHeaderTitle(getTranslation("apiClients.secret.title", created.client().name()));
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("40rem");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("apiClients.secret.warning")));
        warning.setId("secret-warning");
        warning.addClassName("callout-warning");
        add(warning, copyable(getTranslation("apiClients.secret.clientId"), "client-id", created.client().clientId()),
                copyable(getTranslation("apiClients.secret.clientSecret"), "client-secret", created.secret()));
        String scopes = created.client().scopes().stream().map(ApiScope::wireName).sorted().collect(Collectors.joining(" "));
        add(new Paragraph(getTranslation("apiClients.secret.how")));
        Pre example = new Pre("curl -u '" + created.client().clientId() + ":<secret>' \\\n  -d grant_type=client_credentials -d scope='"
                + scopes + "' \\\n  " + portalAddress + "/oauth2/token");
        example.setId("token-example");
        add(example);
        Button done = new Button(getTranslation("apiClients.secret.done"), click -> {
            close();
            Confirmations.done(getTranslation("apiClients.ready", created.client().name()));
        });
        done.setId("secret-stored");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private static HorizontalLayout copyable(String label, String id, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addFocusListener(focus -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(I18NProvider.translate("apiClients.copy"), VaadinIcon.COPY.create(), click -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value);
            Confirmations.done(I18NProvider.translate("apiClients.copied", label));
        });
        copy.setId("copy-" + id);
        copy.setAriaLabel(I18NProvider.translate("apiClients.copyLabel", label));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(field);
        return row;
    }
}
