package org.supplierportal.b2b.edifact;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes one interchange with one message through StAEDI's writer, in syntax UNOC version 3 (ISO 8859-1): the
 * envelope (UNB, UNH and the trailers with their counts and references) is done here, the content by the caller,
 * segment by segment. StAEDI releases delimiters found in the data with '?'.
 */
final class EdifactWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    static final String MESSAGE_REFERENCE = "1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private int messageSegments;

    private EdifactWriter() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        try {
            writer = factory.createEDIStreamWriter(out, StandardCharsets.ISO_8859_1.name());
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.EDIFACT,
                    new String[] {"UNOC", "3"}));
        } catch (EDISchemaException | EDIStreamException e) {
            throw new IllegalStateException("StAEDI's EDIFACT writer cannot be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the interchange and the message.
     *
     * @param messageIdentifier UNH S009: type, version, release, agency, e.g. ORDERS, D, 96A, UN
     */
    static EdifactWriter start(EdifactParties parties, String controlReference, boolean test, LocalDateTime now,
                               String... messageIdentifier) {
        EdifactWriter edifact = new EdifactWriter();
        edifact.write("UNB", new String[] {"UNOC", "3"}, new String[] {parties.senderId(), parties.senderQualifier()},
                new String[] {parties.recipientId(), parties.recipientQualifier()},
                new String[] {DATE.format(now), TIME.format(now)}, controlReference, "", "", "", "", "", test ? "1" : "");
        edifact.segment("UNH", MESSAGE_REFERENCE, messageIdentifier);
        return edifact;
    }

    /** One segment of the message: each element a text, or a String[] of components for a composite. */
    EdifactWriter segment(String tag, Object... elements) {
        write(tag, elements);
        messageSegments++;
        return this;
    }

    /** Ends the message and the interchange with their counts and references, and returns the text. */
    String finish(String controlReference) {
        segment("UNT", Integer.toString(messageSegments + 1), MESSAGE_REFERENCE);
        write("UNZ", "1", controlReference);
        try {
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot end the EDIFACT interchange: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private void write(String tag, Object... elements) {
        try {
            if ("UNB".equals(tag)) {
                writer.startInterchange();
            }
            writer.writeStartSegment(tag);
            for (Object element : elements) {
                if (element instanceof String[] components) {
                    writer.writeStartElement();
                    for (String component : components) {
                        if (component == null || component.isEmpty()) {
                            writer.writeEmptyComponent();
                        } else {
                            writer.writeComponent(component);
                        }
                    }
                    writer.endElement();
                } else if (element == null || element.toString().isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(element.toString());
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the " + tag + " segment: " + e.getMessage(), e);
        }
    }

    /** Text cut to an element's maximum length, without line breaks and with characters outside UNOC replaced. */
    static String text(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("[\\r\\n\\t]", " ").replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "_").strip();
        return clean.length() > maxLength ? clean.substring(0, maxLength).strip() : clean;
    }
}
