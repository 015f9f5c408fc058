package org.supplierportal.quality;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a buyer reads in the inbox about a quality step past its due time: the quality module's words, carried by its
 * events. Pure.
 */
final class QualityInboxTexts {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private QualityInboxTexts() {
    }

    static String stepOverdue(String incidentNumber, StepKind kind, Instant dueAt) {
        return "The " + step(kind) + " of " + incidentNumber + " was due " + DUE.format(dueAt.atZone(ZoneOffset.UTC))
                + " and the supplier has not answered it. Remind the supplier.";
    }

    static String stepAnswered(StepKind kind) {
        return "The supplier answered the " + step(kind) + ".";
    }

    private static String step(StepKind kind) {
        return kind.label().toLowerCase();
    }
}
