package org.supplierportal.b2b.transport.as2;

import java.util.Locale;

import com.helger.as2lib.crypto.MIC;

/**
 * Whether an asynchronous MDN a partner posted acknowledges the message the portal sent: it must say processed
 * (without error or failure), and its Received-Content-MIC must be the MIC the portal computed of what it sent, so
 * the partner took exactly those bytes. Pure.
 */
final class AsyncMdnCheck {

    /** @param acknowledged whether the message counts as taken; {@code reason} says why or why not, for the log */
    record Verdict(boolean acknowledged, String reason) {
    }

    private AsyncMdnCheck() {
    }

    static Verdict verdict(String disposition, String expectedMic, String returnedMic) {
        String said = disposition == null ? "" : disposition.toLowerCase(Locale.ROOT);
        if (!said.contains("processed") || said.matches(".*(error|failure).*")) {
            return new Verdict(false, "the partner did not take it: " + (disposition == null ? "no disposition" : disposition));
        }
        MIC expected = mic(expectedMic);
        if (expected == null || !expected.equals(mic(returnedMic))) {
            return new Verdict(false, "its MIC " + returnedMic + " is not the one of what was sent (" + expectedMic
                    + "): the partner received other bytes");
        }
        return new Verdict(true, disposition + ", MIC " + returnedMic + " matches what was sent");
    }

    private static MIC mic(String text) {
        try {
            return MIC.parse(text);
        } catch (IllegalArgumentException | java.util.NoSuchElementException unreadable) {
            return null;
        }
    }
}
