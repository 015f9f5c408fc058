package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.Facts;
import org.supplierportal.tenant.CxmlCredential;
import org.supplierportal.tenant.CxmlSettings;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The cXML part of a supplier's channel: the partner's From, To and Sender credentials, its shared secret (write
 * only: the page only says whether one is set) and the address its OrderRequests are posted to.
 */
class CxmlChannelFields {

    private final TextField fromDomain = new TextField(I18NProvider.translate("channel.cxml.domain", "From"));
    private final TextField fromIdentity = new TextField(I18NProvider.translate("channel.cxml.identity", "From"));
    private final TextField toDomain = new TextField(I18NProvider.translate("channel.cxml.domain", "To"));
    private final TextField toIdentity = new TextField(I18NProvider.translate("channel.cxml.identity", "To"));
    private final TextField senderDomain = new TextField(I18NProvider.translate("channel.cxml.domain", "Sender"));
    private final TextField senderIdentity = new TextField(I18NProvider.translate("channel.cxml.identity", "Sender"));
    private final PasswordField sharedSecret = new PasswordField(I18NProvider.translate("channel.cxml.newSecret"));
    private final TextField orderUrl = new TextField(I18NProvider.translate("channel.cxml.orderUrl"));
    private final boolean secretSet;

    CxmlChannelFields(CxmlSettings settings) {
        secretSet = settings.sharedSecretSet();
        fill(fromDomain, fromIdentity, settings.from());
        fill(toDomain, toIdentity, settings.to());
        fill(senderDomain, senderIdentity, settings.sender());
        sharedSecret.setHelperText(I18NProvider.translate(secretSet ? "channel.cxml.secretKept" : "channel.atLeast12"));
        orderUrl.setValue(settings.orderUrl() == null ? "" : settings.orderUrl());
        orderUrl.setHelperText(I18NProvider.translate("channel.cxml.orderUrl.help"));
        senderIdentity.setId("b2b-cxml-sender-identity");
        sharedSecret.setId("b2b-cxml-shared-secret");
    }

    static void facts(Div facts, CxmlSettings settings) {
        Facts.row(facts, "cXML From", settings.from().complete() ? settings.from().toString() : "—");
        Facts.row(facts, "cXML To", settings.to().complete() ? settings.to().toString() : "—");
        Facts.row(facts, "cXML Sender", (settings.sender().complete() ? settings.sender().toString() : "—")
                + I18NProvider.translate(settings.sharedSecretSet() ? "channel.cxml.sharedSecretSet" : "channel.cxml.noSharedSecret"));
        Facts.row(facts, I18NProvider.translate("channel.cxml.orderRequests"), settings.orderUrl() == null ? I18NProvider.translate("channel.cxml.waitInLog")
                : I18NProvider.translate("channel.cxml.postedTo", settings.orderUrl()));
    }

    Component[] components() {
        return new Component[] {fromDomain, fromIdentity, toDomain, toIdentity, senderDomain, senderIdentity, sharedSecret, orderUrl};
    }

    CxmlSettings value() {
        return new CxmlSettings(new CxmlCredential(fromDomain.getValue(), fromIdentity.getValue()),
                new CxmlCredential(toDomain.getValue(), toIdentity.getValue()),
                new CxmlCredential(senderDomain.getValue(), senderIdentity.getValue()), sharedSecret.getValue(), secretSet,
                orderUrl.getValue());
    }

    /** The fields a refusal can name (ChannelRules' field names). */
    Map<String, HasValidation> fields() {
        return Map.of("cxmlFrom", fromIdentity, "cxmlTo", toIdentity, "cxmlSender", senderIdentity,
                "cxmlSharedSecret", sharedSecret, "cxmlOrderUrl", orderUrl);
    }

    private static void fill(TextField domain, TextField identity, CxmlCredential credential) {
        domain.setValue(credential.domain() == null ? "NetworkId" : credential.domain());
        identity.setValue(credential.identity() == null ? "" : credential.identity());
    }
}
