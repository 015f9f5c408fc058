package org.supplierportal.b2b.x12;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import org.supplierportal.b2b.EdiStreamReading;

/**
 * Reads an X12 interchange with StAEDI, validating the envelope and every transaction set the portal has a schema
 * for, and keeps each error with its location (segment position within the set, element position, data element
 * reference) for the 997. Pure: bytes in, an {@link X12Interchange} out.
 */
final class X12Reader implements EdiStreamReading.Handler {

    private final List<X12Transaction> transactions = new ArrayList<>();
    private final List<String> envelopeProblems = new ArrayList<>();
    private final List<String> isa = new ArrayList<>();
    private final List<String> gs = new ArrayList<>();
    private String transactionType;
    private String transactionControl;
    private List<X12Segment> segments;
    private List<X12Problem> problems;
    private Integer envelopeError;
    private int transactionStart;
    private String tag;
    private List<String> elements;
    private StringBuilder composite;

    private X12Reader() {
    }

    /**
     * @throws X12UnreadableException when the bytes are not an X12 interchange StAEDI can read at all (no ISA, broken
     *                                delimiters); there is then no envelope to acknowledge
     */
    static X12Interchange read(byte[] document) {
        return new X12Reader().readAll(document);
    }

    private X12Interchange readAll(byte[] document) {
        EdiStreamReading.read(document, this);
        if (isa.size() < 13 || gs.size() < 8) {
            throw new X12UnreadableException("the interchange has no complete ISA and GS envelope", null);
        }
        return new X12Interchange(isa.get(4).strip(), isa.get(5).strip(), isa.get(6).strip(), isa.get(7).strip(),
                isa.get(12).strip(), gs.get(0), gs.get(1), gs.get(5), gs.get(7), transactions, envelopeProblems);
    }

    @Override
    public RuntimeException unreadable(Exception cause) {
        return switch (cause) {
            case X12UnreadableException own -> own;
            case IOException io -> new X12UnreadableException("cannot be read: " + io.getMessage(), io);
            default -> new X12UnreadableException("not a readable X12 interchange: " + cause.getMessage(), cause);
        };
    }

    @Override
    public void startInterchange(EDIStreamReader reader) {
        if (!"X12".equals(reader.getStandard())) {
            throw new X12UnreadableException("is " + reader.getStandard() + ", not X12", null);
        }
    }

    /** GS08 as StAEDI reports it for the transaction ("X.004010" or "X.004010VICS"), without the standard. */
    private static String version(EDIStreamReader reader) {
        String version = reader.getTransactionVersionString();
        return version == null ? "" : version.substring(version.lastIndexOf('.') + 1);
    }

    @Override
    public void startSegment(EDIStreamReader reader) {
        tag = reader.getText();
        elements = new ArrayList<>();
        if ("ST".equals(tag)) {
            transactionStart = reader.getLocation().getSegmentPosition();
            segments = new ArrayList<>();
            problems = new ArrayList<>();
            envelopeError = null;
        }
    }

    @Override
    public void startComposite() {
        composite = new StringBuilder();
    }

    @Override
    public void endComposite(EDIStreamReader reader) {
        put(reader.getLocation().getElementPosition(), composite.toString());
        composite = null;
    }

    @Override
    public void elementData(EDIStreamReader reader) {
        if (composite != null) {
            if (!composite.isEmpty()) {
                composite.append('>');
            }
            composite.append(reader.getText());
        } else {
            put(reader.getLocation().getElementPosition(), reader.getText());
        }
    }

    private void put(int position, String value) {
        while (elements.size() < position - 1) {
            elements.add("");
        }
        if (elements.size() >= position) {
            elements.set(position - 1, value);
        } else {
            elements.add(value);
        }
    }

    @Override
    public void endSegment(EDIStreamReader reader) {
        switch (tag) {
            case "ISA" -> isa.addAll(elements);
            case "GS" -> gs.addAll(elements);
            case "ST" -> {
                transactionType = elements.isEmpty() ? "" : elements.get(0);
                transactionControl = elements.size() > 1 ? elements.get(1) : "";
                segments.add(new X12Segment(tag, 1, elements));
                // The set's type and version are known once ST is read (not yet at START_TRANSACTION for every file).
                X12Schemas.find(reader.getTransactionType(), version(reader)).ifPresent(reader::setTransactionSchema);
            }
            case "SE" -> {
                segments.add(new X12Segment(tag, relative(reader.getLocation()), elements));
                transactions.add(new X12Transaction(transactionType, transactionControl, segments, problems, envelopeError));
                segments = null;
            }
            default -> {
                if (segments != null) {
                    segments.add(new X12Segment(tag, relative(reader.getLocation()), elements));
                }
            }
        }
    }

    @Override
    public void error(EDIStreamReader reader, EDIStreamEvent event) {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String segmentTag = location.getSegmentTag();
        String text = reader.hasText() && !reader.getText().isEmpty() ? reader.getText() : null;
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
            if ("SE".equals(segmentTag) && segments != null) {
                envelopeError = error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                        ? X12ErrorCodes.SEGMENT_COUNT_MISMATCH : X12ErrorCodes.CONTROL_NUMBER_MISMATCH;
            } else {
                envelopeProblems.add(segmentTag + " element " + location.getElementPosition() + ": "
                        + error.name().toLowerCase().replace('_', ' ') + (text == null ? "" : " '" + text + "'"));
            }
            return;
        }
        if (segments == null) {
            envelopeProblems.add(segmentTag + " (segment " + location.getSegmentPosition() + "): "
                    + error.name().toLowerCase().replace('_', ' ') + (text == null ? "" : " '" + text + "'"));
            return;
        }
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            problems.add(X12Problem.segment(segmentTag, relative(location), X12ErrorCodes.segmentCode(error)));
        } else {
            problems.add(X12Problem.element(segmentTag, relative(location), location.getElementPosition(),
                    reader.getReferenceCode(), X12ErrorCodes.elementCode(error), text));
        }
    }

    private int relative(Location location) {
        return location.getSegmentPosition() - transactionStart + 1;
    }
}
