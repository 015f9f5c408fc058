package org.supplierportal.b2b.cxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.supplierportal.tenant.CxmlCredential;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a cXML document with the JDK's parser, locked down: real cXML carries a DOCTYPE naming the cXML DTD, so the
 * declaration is allowed, but the DTD is never fetched, external entities are never resolved, and a document with an
 * internal subset (where entity bombs and XXE live) is refused. Pure apart from the parser; no Spring.
 */
final class CxmlReader {

    private static final Pattern SECRET = Pattern.compile("(<SharedSecret\\b[^>]*>)(.*?)(</SharedSecret>)", Pattern.DOTALL);

    private CxmlReader() {
    }

    static CxmlDocument read(byte[] content) throws CxmlUnreadableException {
        Document document = parse(content);
        if (document.getDoctype() != null && document.getDoctype().getInternalSubset() != null
                && !document.getDoctype().getInternalSubset().isBlank()) {
            throw new CxmlUnreadableException("declares a DTD internal subset (entities); the portal does not take"
                    + " documents that define their own entities");
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("cXML")) {
            throw new CxmlUnreadableException("is not cXML: its root element is <" + root.getTagName() + ">, not <cXML>");
        }
        String payloadId = root.getAttribute("payloadID").strip();
        if (payloadId.isEmpty()) {
            throw new CxmlUnreadableException("has no payloadID on <cXML>");
        }
        if (payloadId.length() > 255) {
            throw new CxmlUnreadableException("has a payloadID longer than 255 characters");
        }
        Element header = child(root, "Header").orElseThrow(() -> new CxmlUnreadableException("has no <Header>"));
        Element sender = child(header, "Sender").flatMap(s -> child(s, "Credential"))
                .orElseThrow(() -> new CxmlUnreadableException("has no Header/Sender/Credential"));
        Element request = child(root, "Request").orElseThrow(() -> new CxmlUnreadableException(
                "carries no <Request> (the endpoint takes requests; Messages and Responses go elsewhere)"));
        List<Element> requests = children(request);
        if (requests.size() != 1) {
            throw new CxmlUnreadableException("has " + requests.size() + " elements in <Request>; cXML allows exactly one");
        }
        return new CxmlDocument(payloadId, root.getAttribute("timestamp"), credential(header, "From"),
                credential(header, "To"), credential(sender), child(sender, "SharedSecret").map(CxmlReader::text).orElse(null),
                requests.get(0).getTagName(), "test".equals(request.getAttribute("deploymentMode")), requests.get(0));
    }

    /** The Status of a partner's cXML Response (to our OrderRequest), or the reason it is none. */
    static CxmlStatus responseStatus(byte[] content) {
        try {
            Document document = parse(content);
            Optional<Element> status = child(document.getDocumentElement(), "Response").flatMap(r -> child(r, "Status"));
            if (status.isEmpty()) {
                return new CxmlStatus(500, "Internal Server Error", "the partner's answer is not a cXML Response with a Status");
            }
            return new CxmlStatus(Integer.parseInt(status.get().getAttribute("code").strip()), status.get().getAttribute("text"),
                    text(status.get()));
        } catch (CxmlUnreadableException | NumberFormatException e) {
            return new CxmlStatus(500, "Internal Server Error", "the partner's answer " + e.getMessage());
        }
    }

    /** The document as the message log keeps it: the shared secret blanked out, so nobody reads it back there. */
    static String redacted(String raw) {
        return SECRET.matcher(raw).replaceAll("$1***$3");
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst();
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).toList();
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static CxmlCredential credential(Element header, String party) throws CxmlUnreadableException {
        Element credential = child(header, party).flatMap(p -> child(p, "Credential"))
                .orElseThrow(() -> new CxmlUnreadableException("has no Header/" + party + "/Credential"));
        return credential(credential);
    }

    private static CxmlCredential credential(Element credential) {
        return new CxmlCredential(credential.getAttribute("domain"), child(credential, "Identity").map(CxmlReader::text).orElse(null));
    }

    private static Document parse(byte[] content) throws CxmlUnreadableException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            // Nothing outside the document is ever read: an external entity or DTD resolves to nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw new CxmlUnreadableException("is not well-formed XML: line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new CxmlUnreadableException("cannot be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        return factory;
    }
}
