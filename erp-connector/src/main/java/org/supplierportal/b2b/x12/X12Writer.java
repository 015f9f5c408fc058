package org.supplierportal.b2b.x12;

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
 * Writes one interchange with one functional group and one transaction set through StAEDI's writer: the envelope
 * (ISA with its fixed widths, GS, ST and the trailers with their counts and control numbers) is done here, the
 * content by the caller, segment by segment.
 */
final class X12Writer {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    static final String TRANSACTION_CONTROL = "0001";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private int transactionSegments;

    private X12Writer() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {"00401"}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's X12 envelope schema cannot be loaded", e);
        }
    }

    /** Starts the interchange, the group and the transaction set. */
    static X12Writer start(X12Parties parties, long interchangeControl, long groupControl, String functionalId,
                           String transactionType, boolean test, LocalDateTime now) {
        X12Writer x12 = new X12Writer();
        try {
            x12.writer.startInterchange();
            x12.writer.writeStartSegment("ISA").writeElement("00").writeElement(" ".repeat(10)).writeElement("00")
                    .writeElement(" ".repeat(10)).writeElement(parties.senderQualifier())
                    .writeElement(pad(parties.senderId())).writeElement(parties.receiverQualifier())
                    .writeElement(pad(parties.receiverId())).writeElement(ISA_DATE.format(now)).writeElement(TIME.format(now))
                    .writeElement("U").writeElement("00401").writeElement(isaControl(interchangeControl)).writeElement("0")
                    .writeElement(test ? "T" : "P").writeElement(">").writeEndSegment();
            x12.writer.writeStartSegment("GS").writeElement(functionalId).writeElement(parties.senderCode())
                    .writeElement(parties.receiverCode()).writeElement(GS_DATE.format(now)).writeElement(TIME.format(now))
                    .writeElement(Long.toString(groupControl)).writeElement("X").writeElement("004010").writeEndSegment();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the X12 envelope: " + e.getMessage(), e);
        }
        x12.segment("ST", transactionType, TRANSACTION_CONTROL);
        return x12;
    }

    /** One segment of the transaction set; trailing empty elements are left out, as X12 wants. */
    X12Writer segment(String tag, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        try {
            writer.writeStartSegment(tag);
            for (int i = 0; i < last; i++) {
                if (elements[i] == null || elements[i].isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(elements[i]);
                }
            }
            writer.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the " + tag + " segment: " + e.getMessage(), e);
        }
        transactionSegments++;
        return this;
    }

    /** Ends the transaction set, group and interchange with their counts and control numbers, and returns the text. */
    String finish(long interchangeControl, long groupControl) {
        segment("SE", Integer.toString(transactionSegments + 1), TRANSACTION_CONTROL);
        try {
            writer.writeStartSegment("GE").writeElement("1").writeElement(Long.toString(groupControl)).writeEndSegment();
            writer.writeStartSegment("IEA").writeElement("1").writeElement(isaControl(interchangeControl)).writeEndSegment();
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot end the X12 interchange: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    static String isaControl(long number) {
        if (number < 1 || number > 999_999_999) {
            throw new IllegalArgumentException("an interchange control number has 9 digits, not " + number);
        }
        return String.format("%09d", number);
    }

    private static String pad(String id) {
        if (id.length() > 15) {
            throw new IllegalArgumentException("an ISA ID has at most 15 characters: " + id);
        }
        return String.format("%-15s", id);
    }

    /** Text cut to an element's maximum length, with the delimiters the portal writes taken out. */
    static String text(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("[*~>\\r\\n]", " ").strip();
        return clean.length() > maxLength ? clean.substring(0, maxLength).strip() : clean;
    }
}
