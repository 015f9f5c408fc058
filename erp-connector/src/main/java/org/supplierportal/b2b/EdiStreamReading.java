package org.supplierportal.b2b;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The StAEDI reading the X12 and EDIFACT readers share: one factory set up alike (line breaks and other characters
 * between segments ignored, as partners' files have them), every event of the interchange handed to a {@link Handler}
 * (which sets the schema of each transaction or message, so StAEDI validates it), the validation errors StAEDI reports
 * told apart from the data, and StAEDI's failures turned into the standard's own "unreadable" exception. Pure.
 */
public final class EdiStreamReading {

    private EdiStreamReading() {
    }

    /** What one standard's reader does with the events of an interchange. */
    public interface Handler {

        void startInterchange(EDIStreamReader reader);

        void startSegment(EDIStreamReader reader);

        void startComposite();

        void endComposite(EDIStreamReader reader);

        void elementData(EDIStreamReader reader);

        void endSegment(EDIStreamReader reader);

        /** A validation error against the schemas: SEGMENT_ERROR, ELEMENT_DATA_ERROR or ELEMENT_OCCURRENCE_ERROR. */
        void error(EDIStreamReader reader, EDIStreamEvent event);

        /**
         * What to throw when the interchange could not be read to its end: StAEDI's failure (an
         * {@link EDIStreamException}, a runtime exception, or an {@link IOException} on closing), or the handler's own
         * exception, which it returns as it is.
         */
        RuntimeException unreadable(Exception cause);
    }

    /** Reads the whole interchange, handing each event to the handler. */
    public static void read(byte[] document, Handler handler) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(document))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_INTERCHANGE -> handler.startInterchange(reader);
                    case START_SEGMENT -> handler.startSegment(reader);
                    case START_COMPOSITE -> handler.startComposite();
                    case END_COMPOSITE -> handler.endComposite(reader);
                    case ELEMENT_DATA -> handler.elementData(reader);
                    case END_SEGMENT -> handler.endSegment(reader);
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> handler.error(reader, event);
                    default -> {
                        // Loops, transactions and groups begin and end: the handlers follow them by their segments.
                    }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            throw handler.unreadable(e);
        }
    }
}
