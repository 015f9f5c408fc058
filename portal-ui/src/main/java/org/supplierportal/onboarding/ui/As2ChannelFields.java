package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.Facts;
import org.supplierportal.tenant.As2Settings;

/**
 * The AS2 part of a supplier's channel: the partner's AS2 ID, the address its documents are posted to, its
 * certificate (PEM), whether its MDNs are to be signed and whether it posts them later (asynchronous) rather than in the
 * answer to each message.
 */
class As2ChannelFields {

    private final TextField partnerId = new TextField(I18NProvider.translate("channel.as2.partnerId"));
    private final TextField url = new TextField(I18NProvider.translate("channel.as2.url"));
    private final TextArea certificate = new TextArea(I18NProvider.translate("channel.as2.certificatePem"));
    private final Checkbox signedMdn = new Checkbox(I18NProvider.translate("channel.as2.signedMdn"));
    private final Checkbox asyncMdn = new Checkbox(I18NProvider.translate("channel.as2.asyncMdn"));

    As2ChannelFields(As2Settings settings) {
        partnerId.setValue(settings.partnerId() == null ? "" : settings.partnerId());
        url.setValue(settings.url() == null ? "" : settings.url());
        url.setHelperText(I18NProvider.translate("channel.as2.url.help"));
        certificate.setValue(settings.certificate() == null ? "" : settings.certificate());
        certificate.setHelperText(I18NProvider.translate("channel.as2.certificate.help"));
        signedMdn.setValue(settings.signedMdn());
        asyncMdn.setValue(settings.asyncMdn());
        asyncMdn.setId("b2b-as2-async-mdn");
        partnerId.setId("b2b-as2-partner-id");
        url.setId("b2b-as2-url");
        certificate.setId("b2b-as2-certificate");
    }

    static void facts(Div facts, As2Settings settings) {
        Facts.row(facts, I18NProvider.translate("channel.as2.partnerId"), Facts.dash(settings.partnerId()));
        Facts.row(facts, I18NProvider.translate("channel.as2.url"), Facts.dash(settings.url()));
        Facts.row(facts, I18NProvider.translate("channel.as2.certificate"), settings.partnerCertificate() == null ? "—"
                : I18NProvider.translate("channel.as2.certificateValidUntil",
                        settings.partnerCertificate().getSubjectX500Principal().getName(), settings.partnerCertificate().getNotAfter()));
        Facts.row(facts, I18NProvider.translate("channel.as2.mdn"),
                I18NProvider.translate("channel.as2.mdn" + (settings.asyncMdn() ? "Async" : "")
                        + (settings.signedMdn() ? "Signed" : "Unsigned")));
    }

    Component[] components() {
        return new Component[] {partnerId, url, certificate, signedMdn, asyncMdn};
    }

    As2Settings value() {
        return new As2Settings(partnerId.getValue(), url.getValue(), certificate.getValue(), signedMdn.getValue(), asyncMdn.getValue());
    }

    /** The fields a refusal can name (ChannelRules' field names). */
    Map<String, HasValidation> fields() {
        return Map.of("as2PartnerId", partnerId, "as2Url", url, "as2Certificate", certificate);
    }
}
