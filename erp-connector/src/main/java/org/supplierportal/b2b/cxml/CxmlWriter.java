package org.supplierportal.b2b.cxml;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.supplierportal.tenant.CxmlCredential;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds a cXML document with the JDK's DOM and writes it with its DOCTYPE (the cXML 1.2.050 DTD), so escaping is
 * the XML library's job, never string concatenation.
 */
final class CxmlWriter {

    static final String DTD = "http://xml.cxml.org/schemas/cXML/1.2.050/cXML.dtd";
    static final String VERSION = "1.2.050";

    private final Document document;
    private final Element root;

    private CxmlWriter(String payloadId, OffsetDateTime timestamp) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        root = document.createElement("cXML");
        root.setAttribute("payloadID", payloadId);
        root.setAttribute("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.setAttribute("xml:lang", "en");
        document.appendChild(root);
    }

    static CxmlWriter start(String payloadId, OffsetDateTime timestamp) {
        return new CxmlWriter(payloadId, timestamp);
    }

    Element root() {
        return root;
    }

    Element add(Element parent, String name) {
        Element element = document.createElement(name);
        parent.appendChild(element);
        return element;
    }

    Element add(Element parent, String name, String text) {
        Element element = add(parent, name);
        element.setTextContent(text);
        return element;
    }

    /** {@code <Credential domain="…"><Identity>…</Identity>[<SharedSecret>…</SharedSecret>]</Credential>} */
    Element credential(Element parent, CxmlCredential credential, String sharedSecret) {
        Element element = add(parent, "Credential");
        element.setAttribute("domain", credential.domain());
        add(element, "Identity", credential.identity());
        if (sharedSecret != null) {
            add(element, "SharedSecret", sharedSecret);
        }
        return element;
    }

    String finish() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, DTD);
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("A cXML document could not be written", e);
        }
    }
}
