package org.supplierportal.b2b.cxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.tenancy.TenantId;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The cXML test documents (the corpus's, see resources b2b/cxml/README.md), an order they answer, and a validating
 * parse against the corpus's cXML 1.2.050 DTDs (resolved from the test resources, never from the network).
 */
final class CxmlDocuments {

    static final LocalDate REQUESTED = LocalDate.of(2020, 2, 28);

    private CxmlDocuments() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = CxmlDocuments.class.getResourceAsStream("/b2b/cxml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Order DO1234 of the corpus OrderRequest (10 and 20 EA at 2.10 and 3.20 EUR) with a third line of 4 at 3.10. */
    static OrderForAnswer do1234() {
        List<OrderLineView> lines = new ArrayList<>();
        lines.add(line(1, "1233244", "10", "2.10"));
        lines.add(line(2, "1233245", "20", "3.20"));
        lines.add(line(3, "1233246", "4", "3.10"));
        return new OrderForAnswer(new OrderId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "DO1234", 1, "EUR",
                OrderStatus.NEW, lines);
    }

    static OrderLineView line(int number, String part, String quantity, String price) {
        return new OrderLineView(UUID.randomUUID(), number, null, part, null, "hello from item " + number,
                new BigDecimal(quantity), "pcs", new BigDecimal(price), BigDecimal.ONE, REQUESTED, List.of(),
                LineStatus.AWAITING_ANSWER, 1, null, null, null, null, null, null);
    }

    /** The validity errors of a document against the cXML DTD it names (cXML.dtd or Fulfill.dtd, 1.2.050). */
    static List<String> dtdErrors(String document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            String file = systemId.endsWith("Fulfill.dtd") ? "1.2.050-Fulfill.dtd.gz" : "1.2.050-cXML.dtd.gz";
            InputSource source = new InputSource(new GZIPInputStream(new ByteArrayInputStream(bytes(file))));
            source.setSystemId(systemId);
            return source;
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        builder.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        return errors;
    }
}
