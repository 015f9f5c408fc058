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
 * content by the caller, segment by segment. In 004010 (ISA12 00401, ISA11 the standards identifier U) or 005010
 * (ISA12 00501, ISA11 the repetition separator ^; ST03 the implementation guide when there is one, e.g. a 999's).
 */
final class X12Writer {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    static final String TRANSACTION_CONTROL = "0001";
    static final String VERSION_4010 = "004010";
    static final String VERSION_5010 = "005010";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private int transactionSegments;

    private X12Writer(String isaVersion) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                    new String[] {isaVersion}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's X12 envelope schema cannot be loaded", e);
        }
    }

    /** Starts the interchange, the group and the transaction set, in 004010. */
    static X12Writer start(X12Parties parties, long interchangeControl, long groupControl, String functionalId,
                           String transactionType, boolean test, LocalDateTime now) {
        return start(parties, interchangeControl, groupControl, functionalId, transactionType, VERSION_4010, "", test, now);
    }

    /**
     * Starts the interchange, the group and the transaction set in a version.
     *
     * @param version        GS08, e.g. 004010 or 005010X231A1; its first 5 characters make ISA12
     * @param implementation ST03, the implementation guide (005010 only), or empty
     */
    static X12Writer start(X12Parties parties, long interchangeControl, long groupControl, String functionalId,
                           String transactionType, String version, String implementation, boolean test, LocalDateTime now) {
        String groupVersion = version == null || version.length() < 6 ? VERSION_4010 : version;
        String isaVersion = groupVersion.substring(0, 5);
        boolean v5010 = isaVersion.compareTo("00501") >= 0;
        X12Writer x12 = new X12Writer(isaVersion);
        try {
            x12.writer.startInterchange();
            x12.writer.writeStartSegment("ISA").writeElement("00").writeElement(" ".repeat(10)).writeElement("00")
                    .writeElement(" ".repeat(10)).writeElement(parties.senderQualifier())
                    .writeElement(pad(parties.senderId())).writeElement(parties.receiverQualifier())
                    .writeElement(pad(parties.receiverId())).writeElement(ISA_DATE.format(now)).writeElement(TIME.format(now))
                    .writeElement(v5010 ? "^" : "U").writeElement(isaVersion).writeElement(isaControl(interchangeControl)).writeElement("0")
                    .writeElement(test ? "T" : "P").writeElement(">").writeEndSegment();
            x12.writer.writeStartSegment("GS").writeElement(functionalId).writeElement(parties.senderCode())
                    .writeElement(parties.receiverCode()).writeElement(GS_DATE.format(now)).writeElement(TIME.format(now))
                    .writeElement(Long.toString(groupControl)).writeElement("X").writeElement(groupVersion).writeEndSegment();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write the X12 envelope: " + e.getMessage(), e);
        }
        x12.segment("ST", transactionType, TRANSACTION_CONTROL, v5010 ? implementation : "");
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
