package org.supplierportal.onboarding.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.Facts;
import org.supplierportal.tenant.As2Settings;

/**
 * The AS2 part of a supplier's channel: the partner's AS2 ID, the address its documents are posted to, its
 * certificate (PEM) and whether its MDNs are to be signed. MDNs are synchronous; asynchronous ones are not offered.
 */
class As2ChannelFields {

    private final TextField partnerId = new TextField("Partner AS2 ID");
    private final TextField url = new TextField("Partner AS2 address");
    private final TextArea certificate = new TextArea("Partner certificate (PEM)");
    private final Checkbox signedMdn = new Checkbox("Ask for signed MDNs");

    As2ChannelFields(As2Settings settings) {
        partnerId.setValue(settings.partnerId() == null ? "" : settings.partnerId());
        url.setValue(settings.url() == null ? "" : settings.url());
        url.setHelperText("Where the portal posts 850s and 997s, e.g. https://supplier.example/as2");
        certificate.setValue(settings.certificate() == null ? "" : settings.certificate());
        certificate.setHelperText("Checks the partner's signatures and MDNs; what the portal sends is encrypted for it");
        signedMdn.setValue(settings.signedMdn());
        partnerId.setId("b2b-as2-partner-id");
        url.setId("b2b-as2-url");
        certificate.setId("b2b-as2-certificate");
    }

    static void facts(Div facts, As2Settings settings) {
        Facts.row(facts, "Partner AS2 ID", Facts.dash(settings.partnerId()));
        Facts.row(facts, "Partner AS2 address", Facts.dash(settings.url()));
        Facts.row(facts, "Partner certificate", settings.partnerCertificate() == null ? "—"
                : settings.partnerCertificate().getSubjectX500Principal().getName() + ", valid until "
                        + settings.partnerCertificate().getNotAfter().toInstant().toString().substring(0, 10));
        Facts.row(facts, "MDN", "Synchronous, " + (settings.signedMdn() ? "signed" : "unsigned"));
    }

    Component[] components() {
        return new Component[] {partnerId, url, certificate, signedMdn};
    }

    As2Settings value() {
        return new As2Settings(partnerId.getValue(), url.getValue(), certificate.getValue(), signedMdn.getValue(), false);
    }

    /** The fields a refusal can name (ChannelRules' field names). */
    Map<String, HasValidation> fields() {
        return Map.of("as2PartnerId", partnerId, "as2Url", url, "as2Certificate", certificate);
    }
}
