package org.supplierportal.onboarding.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.Facts;
import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.B2bDocument;
import org.supplierportal.tenant.B2bTransport;
import org.supplierportal.tenant.ChannelSettings;

/**
 * A supplier's B2B channel: how its own systems exchange documents with the portal. Read-only for buyers, supplier
 * admins and suppliers a file manages; an admin edits it here otherwise. Raises the settings to save; the view saves.
 */
class ChannelCard extends Div {

    private final Select<B2bChannel> channel = new Select<>();
    private final TextField version = new TextField("Version (X12 004010, cXML 1.2)");
    private final TextField isaQualifier = new TextField("ISA qualifier");
    private final TextField isaId = new TextField("ISA sender ID");
    private final TextField gsCode = new TextField("GS application code");
    private final Select<B2bTransport> transport = new Select<>();
    private final CheckboxGroup<B2bDocument> documents = new CheckboxGroup<>("Documents");
    private final TextArea publicKey = new TextArea("SFTP public key (OpenSSH)");
    private final PasswordField password = new PasswordField("New SFTP password");
    private CxmlChannelFields cxml;
    private As2ChannelFields as2;

    ChannelCard(String supplierName, String tenantKey, ChannelSettings settings, boolean editable, Consumer<ChannelSettings> save) {
        addClassName("card");
        setId("b2b-channel");
        add(new H2("EDI channel"));
        Div facts = Facts.card("b2b-channel-facts");
        Facts.row(facts, "Channel", settings.channel().label());
        if (settings.isCxml()) {
            Facts.row(facts, "Version", Facts.dash(settings.version()));
            Facts.row(facts, "Transport", settings.transport().label() + ", POST /b2b/cxml");
            CxmlChannelFields.facts(facts, settings.cxml());
            Facts.row(facts, "Documents", String.join(", ", settings.documents().stream().map(B2bDocument::label).sorted().toList()));
        } else if (settings.channel() != B2bChannel.PORTAL_ONLY) {
            Facts.row(facts, "Version", Facts.dash(settings.version()));
            Facts.row(facts, "Partner ISA ID", settings.isaQualifier() + ":" + settings.isaId());
            Facts.row(facts, "Partner GS code", Facts.dash(settings.gsCode()));
            Facts.row(facts, "Transport", settings.transport().label());
            if (settings.transport() == B2bTransport.AS2) {
                As2ChannelFields.facts(facts, settings.as2());
            } else {
                Facts.row(facts, "SFTP login", tenantKey + (settings.sftpPublicKey() != null ? ", public key" : "")
                        + (settings.sftpPasswordSet() ? ", password set" : ""));
            }
            Facts.row(facts, "Documents", String.join(", ", settings.documents().stream().map(B2bDocument::label).sorted().toList()));
        }
        add(facts);
        if (!editable) {
            return;
        }
        add(new Paragraph("Set " + supplierName + " on X12 004010 over SFTP: its system logs in as " + tenantKey
                + " and drops 855s in its in folder; 850s and 997s wait in its out folder. Or on X12 over AS2: its system posts"
                + " signed messages to /b2b/as2 and gets 850s and 997s posted to its AS2 address. Or on cXML 1.2 over HTTPS:"
                + " its system posts ConfirmationRequests to /b2b/cxml with its Sender credential and shared secret."));
        cxml = new CxmlChannelFields(settings.cxml());
        as2 = new As2ChannelFields(settings.as2());
        channel.setLabel("Channel");
        channel.setItems(B2bChannel.values());
        channel.setItemLabelGenerator(B2bChannel::label);
        transport.setLabel("Transport");
        transport.setItems(B2bTransport.values());
        transport.setItemLabelGenerator(B2bTransport::label);
        documents.setItems(B2bDocument.values());
        documents.setItemLabelGenerator(B2bDocument::label);
        channel.setValue(settings.channel());
        version.setValue(settings.version() == null ? "004010" : settings.version());
        isaQualifier.setValue(settings.isaQualifier() == null ? "ZZ" : settings.isaQualifier());
        isaId.setValue(settings.isaId() == null ? "" : settings.isaId());
        gsCode.setValue(settings.gsCode() == null ? "" : settings.gsCode());
        transport.setValue(settings.transport());
        documents.setValue(settings.documents());
        publicKey.setValue(settings.sftpPublicKey() == null ? "" : settings.sftpPublicKey());
        password.setHelperText(settings.sftpPasswordSet() ? "A password is set; leave empty to keep it" : "At least 12 characters");
        channel.setId("b2b-channel-select");
        isaId.setId("b2b-isa-id");
        gsCode.setId("b2b-gs-code");
        transport.setId("b2b-transport");
        Button saveButton = new Button("Save EDI channel", click -> save.accept(new ChannelSettings(channel.getValue(),
                version.getValue(), isaQualifier.getValue(), isaId.getValue(), gsCode.getValue(), transport.getValue(),
                documents.getValue(), publicKey.getValue(), password.getValue(), settings.sftpPasswordSet(), cxml.value(), as2.value())));
        saveButton.setId("save-b2b-channel");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(channel, version, isaQualifier, isaId, gsCode, transport, documents, publicKey, password);
        form.add(as2.components());
        form.add(cxml.components());
        add(form, saveButton);
    }

    /** Shows a refusal next to its field, or returns false when it belongs to no field of this card. */
    boolean showError(String field, String message) {
        Map<String, HasValidation> fields = new java.util.HashMap<>(Map.of("channel", channel, "version", version,
                "isaQualifier", isaQualifier, "isaId", isaId, "gsCode", gsCode, "transport", transport, "sftpPublicKey", publicKey,
                "sftpPassword", password, "documents", documents));
        if (cxml != null) {
            fields.putAll(cxml.fields());
            fields.putAll(as2.fields());
        }
        fields.values().forEach(each -> each.setInvalid(false));
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
