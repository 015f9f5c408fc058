package org.supplierportal.b2b.edifact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import org.supplierportal.b2b.EdiStreamReading;

/**
 * Reads an EDIFACT interchange with StAEDI, validating the envelope (StAEDI's syntax 3/4 schemas) and every message
 * the portal has a schema for, and keeps each error with its location (segment position within the message, element
 * and component) and its syntax error code for the CONTRL. Pure: bytes in, an {@link EdifactInterchange} out.
 */
final class EdifactReader implements EdiStreamReading.Handler {

    private final List<EdifactMessage> messages = new ArrayList<>();
    private final List<EdifactProblem> envelopeProblems = new ArrayList<>();
    private List<List<String>> unb;
    private List<EdifactSegment> segments;
    private List<EdifactProblem> problems;
    private String messageType;
    private String messageVersion;
    private String messageReference;
    private int messageStart;
    private String tag;
    private List<List<String>> elements;
    private List<String> composite;

    private EdifactReader() {
    }

    /**
     * @throws EdifactUnreadableException when the bytes are not an EDIFACT interchange StAEDI can read to its end (no
     *                                    UNB, broken delimiters, cut off before UNZ)
     */
    static EdifactInterchange read(byte[] document) {
        return new EdifactReader().readAll(document);
    }

    private EdifactInterchange readAll(byte[] document) {
        EdiStreamReading.read(document, this);
        if (unb == null || unb.size() < 5) {
            throw new EdifactUnreadableException("has no complete UNB interchange header", null);
        }
        return interchange();
    }

    private EdifactInterchange interchange() {
        return new EdifactInterchange(part(0, 0), part(1, 1), part(1, 0), part(2, 1), part(2, 0), part(4, 0), messages,
                envelopeProblems);
    }

    private String part(int element, int component) {
        List<String> components = unb.get(element);
        return component < components.size() ? components.get(component).strip() : "";
    }

    @Override
    public RuntimeException unreadable(Exception cause) {
        return switch (cause) {
            case EdifactUnreadableException own -> own;
            case IOException io -> new EdifactUnreadableException("cannot be read: " + io.getMessage(), io);
            default -> new EdifactUnreadableException("is not a readable EDIFACT interchange: " + cause.getMessage(), cause,
                    unb == null || unb.size() < 5 ? null : interchange());
        };
    }

    @Override
    public void startInterchange(EDIStreamReader reader) {
        if (!"EDIFACT".equals(reader.getStandard())) {
            throw new EdifactUnreadableException("is " + reader.getStandard() + ", not EDIFACT", null);
        }
    }

    @Override
    public void startSegment(EDIStreamReader reader) {
        tag = reader.getText();
        elements = new ArrayList<>();
        if ("UNH".equals(tag)) {
            messageStart = reader.getLocation().getSegmentPosition();
            segments = new ArrayList<>();
            problems = new ArrayList<>();
        }
    }

    @Override
    public void startComposite() {
        composite = new ArrayList<>();
    }

    @Override
    public void endComposite(EDIStreamReader reader) {
        put(reader.getLocation().getElementPosition(), composite);
        composite = null;
    }

    @Override
    public void elementData(EDIStreamReader reader) {
        if (composite != null) {
            int position = reader.getLocation().getComponentPosition();
            while (composite.size() < position - 1) {
                composite.add("");
            }
            composite.add(reader.getText());
        } else {
            put(reader.getLocation().getElementPosition(), List.of(reader.getText()));
        }
    }

    private void put(int position, List<String> value) {
        while (elements.size() < position - 1) {
            elements.add(List.of(""));
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
            case "UNB" -> unb = List.copyOf(elements);
            case "UNH" -> {
                messageReference = elements.isEmpty() ? "" : elements.get(0).get(0);
                messageType = reader.getTransactionType();
                String[] version = reader.getTransactionVersion();
                messageVersion = version == null || version.length < 3 ? "" : version[1] + version[2];
                segments.add(new EdifactSegment(tag, 1, elements));
                EdifactSchemas.find(messageType, messageVersion).ifPresent(reader::setTransactionSchema);
            }
            case "UNT" -> {
                segments.add(new EdifactSegment(tag, relative(reader.getLocation()), elements));
                messages.add(new EdifactMessage(messageType, messageVersion, messageReference, segments, problems));
                segments = null;
            }
            default -> {
                if (segments != null) {
                    segments.add(new EdifactSegment(tag, relative(reader.getLocation()), elements));
                }
            }
        }
    }

    @Override
    public void error(EDIStreamReader reader, EDIStreamEvent event) {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String text = reader.hasText() && !reader.getText().isEmpty() ? reader.getText() : null;
        int code = EdifactSyntaxErrors.code(error);
        if (segments == null) {
            envelopeProblems.add(problem(location, 0, event, code, text));
        } else {
            problems.add(problem(location, relative(location), event, code, text));
        }
    }

    private static EdifactProblem problem(Location location, int position, EDIStreamEvent event, int code, String text) {
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            return EdifactProblem.segment(location.getSegmentTag(), position, code);
        }
        int component = location.getComponentPosition();
        return new EdifactProblem(location.getSegmentTag(), position, location.getElementPosition(),
                component > 0 ? component : null, code, text);
    }

    private int relative(Location location) {
        return location.getSegmentPosition() - messageStart + 1;
    }
}
