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
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A supplier's B2B channel: how its own systems exchange documents with the portal. Read-only for buyers, supplier
 * admins and suppliers a file manages; an admin edits it here otherwise. Raises the settings to save; the view saves.
 */
class ChannelCard extends Div {

    private final Select<B2bChannel> channel = new Select<>();
    private final TextField version = new TextField(I18NProvider.translate("channel.versionField"));
    private final TextField isaQualifier = new TextField(I18NProvider.translate("channel.isaQualifier"));
    private final TextField isaId = new TextField(I18NProvider.translate("channel.isaSender"));
    private final TextField gsCode = new TextField(I18NProvider.translate("channel.gsApplication"));
    private final Select<B2bTransport> transport = new Select<>();
    private final CheckboxGroup<B2bDocument> documents = new CheckboxGroup<>(I18NProvider.translate("channel.documents"));
    private final TextArea publicKey = new TextArea(I18NProvider.translate("channel.publicKey"));
    private final PasswordField password = new PasswordField(I18NProvider.translate("channel.newPassword"));
    private CxmlChannelFields cxml;
    private As2ChannelFields as2;

    ChannelCard(String supplierName, String tenantKey, ChannelSettings settings, boolean editable, Consumer<ChannelSettings> save) {
        addClassName("card");
        setId("b2b-channel");
        add(new H2(getTranslation("channel.heading")));
        Div facts = Facts.card("b2b-channel-facts");
        Facts.row(facts, getTranslation("channel.channel"), channelLabel(settings.channel()));
        if (settings.isCxml()) {
            Facts.row(facts, getTranslation("channel.version"), Facts.dash(settings.version()));
            Facts.row(facts, getTranslation("channel.transport"), transportLabel(settings.transport()) + ", POST /b2b/cxml");
            CxmlChannelFields.facts(facts, settings.cxml());
            Facts.row(facts, getTranslation("channel.documents"), documents(settings));
        } else if (settings.channel() != B2bChannel.PORTAL_ONLY) {
            Facts.row(facts, getTranslation("channel.version"), Facts.dash(settings.version()));
            Facts.row(facts, getTranslation(settings.isEdifact() ? "channel.unbId" : "channel.isaId"), settings.isaQualifier() + ":" + settings.isaId());
            Facts.row(facts, getTranslation("channel.gsCode"), Facts.dash(settings.gsCode()));
            Facts.row(facts, getTranslation("channel.transport"), transportLabel(settings.transport()));
            if (settings.transport() == B2bTransport.AS2) {
                As2ChannelFields.facts(facts, settings.as2());
            } else {
                Facts.row(facts, getTranslation("channel.sftpLogin"), tenantKey
                        + (settings.sftpPublicKey() != null ? getTranslation("channel.publicKeySet") : "")
                        + (settings.sftpPasswordSet() ? getTranslation("channel.passwordSet") : ""));
            }
            Facts.row(facts, getTranslation("channel.documents"), documents(settings));
        }
        add(facts);
        if (!editable) {
            return;
        }
        add(new Paragraph(getTranslation("channel.help", supplierName, tenantKey)));
        cxml = new CxmlChannelFields(settings.cxml());
        as2 = new As2ChannelFields(settings.as2());
        channel.setLabel(getTranslation("channel.channel"));
        channel.setItems(B2bChannel.values());
        channel.setItemLabelGenerator(ChannelCard::channelLabel);
        transport.setLabel(getTranslation("channel.transport"));
        transport.setItems(B2bTransport.values());
        transport.setItemLabelGenerator(ChannelCard::transportLabel);
        documents.setItems(B2bDocument.values());
        documents.setItemLabelGenerator(ChannelCard::documentLabel);
        channel.setValue(settings.channel());
        version.setValue(settings.version() == null ? "004010" : settings.version());
        isaQualifier.setValue(settings.isaQualifier() == null ? "ZZ" : settings.isaQualifier());
        isaId.setValue(settings.isaId() == null ? "" : settings.isaId());
        gsCode.setValue(settings.gsCode() == null ? "" : settings.gsCode());
        transport.setValue(settings.transport());
        documents.setValue(settings.documents());
        publicKey.setValue(settings.sftpPublicKey() == null ? "" : settings.sftpPublicKey());
        password.setHelperText(getTranslation(settings.sftpPasswordSet() ? "channel.passwordKept" : "channel.atLeast12"));
        channel.setId("b2b-channel-select");
        version.setId("b2b-version");
        isaQualifier.setId("b2b-isa-qualifier");
        isaId.setId("b2b-isa-id");
        documents.setId("b2b-documents");
        publicKey.setId("b2b-sftp-public-key");
        password.setId("b2b-sftp-password");
        gsCode.setId("b2b-gs-code");
        transport.setId("b2b-transport");
        Button saveButton = new Button(getTranslation("channel.save"), click -> save.accept(new ChannelSettings(channel.getValue(),
                version.getValue(), isaQualifier.getValue(), isaId.getValue(), gsCode.getValue(), transport.getValue(),
                documents.getValue(), publicKey.getValue(), password.getValue(), settings.sftpPasswordSet(), cxml.value(), as2.value())));
        saveButton.setId("save-b2b-channel");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(channel, version, isaQualifier, isaId, gsCode, transport, documents, publicKey, password);
        form.add(as2.components());
        form.add(cxml.components());
        add(form, saveButton);
        channel.addValueChangeListener(change -> {
            proposeTransport(change.getValue());
            showFieldsFor(change.getValue(), transport.getValue());
        });
        transport.addValueChangeListener(change -> showFieldsFor(channel.getValue(), change.getValue()));
        showFieldsFor(channel.getValue(), transport.getValue());
    }

    /** The transport a channel travels by, proposed when the admin picks the channel: cXML by HTTPS, EDI by SFTP. */
    private void proposeTransport(B2bChannel chosen) {
        if (chosen == B2bChannel.CXML) {
            transport.setValue(B2bTransport.HTTPS);
        } else if ((chosen == B2bChannel.X12 || chosen == B2bChannel.EDIFACT)
                && transport.getValue() != B2bTransport.SFTP && transport.getValue() != B2bTransport.AS2) {
            transport.setValue(B2bTransport.SFTP);
        }
    }

    /** Only the fields the chosen channel and transport use: an admin setting up cXML sees no SFTP key or ISA ID. */
    private void showFieldsFor(B2bChannel chosen, B2bTransport via) {
        boolean edi = chosen == B2bChannel.X12 || chosen == B2bChannel.EDIFACT;
        boolean cxmlChosen = chosen == B2bChannel.CXML;
        version.setVisible(edi || cxmlChosen);
        isaQualifier.setVisible(edi);
        isaId.setVisible(edi);
        gsCode.setVisible(chosen == B2bChannel.X12);
        transport.setVisible(edi || cxmlChosen);
        documents.setVisible(chosen != null && chosen != B2bChannel.PORTAL_ONLY);
        publicKey.setVisible(edi && via == B2bTransport.SFTP);
        password.setVisible(edi && via == B2bTransport.SFTP);
        java.util.Arrays.stream(as2.components()).forEach(field -> field.setVisible(edi && via == B2bTransport.AS2));
        java.util.Arrays.stream(cxml.components()).forEach(field -> field.setVisible(cxmlChosen));
    }

    private static String documents(ChannelSettings settings) {
        return String.join(", ", settings.documents().stream().map(ChannelCard::documentLabel).sorted().toList());
    }

    private static String channelLabel(B2bChannel channel) {
        return I18NProvider.translate("channel.type." + channel.name());
    }

    private static String transportLabel(B2bTransport transport) {
        return I18NProvider.translate("channel.transport." + transport.name());
    }

    private static String documentLabel(B2bDocument document) {
        return I18NProvider.translate("channel.document." + document.name());
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
