package org.supplierportal.b2b.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenant.CxmlCredential;

class CxmlReaderTest {

    @Test
    void readsTheEnvelopeOfTheCorpusShipNoticeRequest() throws Exception {
        CxmlDocument document = CxmlReader.read(CxmlDocuments.bytes("ShipNoticeRequest.xml"));

        assertThat(document.payloadId()).isEqualTo("0c30050@supplierorg.com");
        assertThat(document.from()).isEqualTo(new CxmlCredential("NetworkId", "AN00000123"));
        assertThat(document.to()).isEqualTo(new CxmlCredential("NetworkId", "AN00000456"));
        assertThat(document.sender()).isEqualTo(new CxmlCredential("NetworkId", "AN00000123"));
        assertThat(document.sharedSecret()).isEqualTo("abracadabra");
        assertThat(document.requestType()).isEqualTo("ShipNoticeRequest");
        assertThat(document.test()).isFalse();
    }

    @Test
    void readsTheCorpusOrderRequestInTestModeWithoutFetchingItsDtd() throws Exception {
        CxmlDocument document = CxmlReader.read(CxmlDocuments.bytes("OrderRequest.xml"));

        assertThat(document.requestType()).isEqualTo("OrderRequest");
        assertThat(document.test()).isTrue();
        assertThat(document.sharedSecret()).isEqualTo("coyote");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() {
        String xxe = CxmlDocuments.text("ShipNoticeRequest.xml")
                .replace("<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.050/Fulfill.dtd\">",
                        "<!DOCTYPE cXML [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("<Identity>AN00000456</Identity>", "<Identity>&secret;</Identity>");

        assertThatThrownBy(() -> CxmlReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CxmlUnreadableException.class)
                .hasMessageNotContaining("root:")
                .hasMessageContaining("entit");
    }

    @Test
    void refusesAnEntityBomb() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE cXML [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><cXML payloadID=\"x\"><Header>&a11;</Header></cXML>");

        assertThatThrownBy(() -> CxmlReader.read(bomb.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CxmlUnreadableException.class);
    }

    @Test
    void refusesWhatIsNotWellFormedWithItsLocation() {
        String broken = CxmlDocuments.text("ShipNoticeRequest.xml").replace("</Header>", "</Heder>");

        assertThatThrownBy(() -> CxmlReader.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CxmlUnreadableException.class)
                .hasMessageContaining("is not well-formed XML: line 24");
    }

    @Test
    void refusesADocumentWithoutPayloadId() {
        String anonymous = CxmlDocuments.text("ShipNoticeRequest.xml").replace("payloadID=\"0c30050@supplierorg.com\"", "");

        assertThatThrownBy(() -> CxmlReader.read(anonymous.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("has no payloadID on <cXML>");
    }

    @Test
    void theLogKeepsTheDocumentWithoutItsSharedSecret() {
        String redacted = CxmlReader.redacted(CxmlDocuments.text("ShipNoticeRequest.xml"));

        assertThat(redacted).doesNotContain("abracadabra").contains("<SharedSecret>***</SharedSecret>")
                .contains("<Identity>AN00000123</Identity>");
    }
}
