package org.supplierportal.b2b.edifact;

import java.util.List;
import java.util.Optional;

/**
 * One message (UNH..UNT) as read: its segments and what validation found wrong in it.
 *
 * @param type      UNH S009 0065, e.g. ORDRSP
 * @param version   the directory, e.g. D96A (S009 0052 and 0054)
 * @param reference UNH 0062, the message reference a CONTRL's UCM names
 */
record EdifactMessage(String type, String version, String reference, List<EdifactSegment> segments,
                      List<EdifactProblem> problems) {

    EdifactMessage {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    Optional<EdifactSegment> first(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).findFirst();
    }

    /** UNH S009 as written: type, version (D), release (96A), agency (UN). */
    List<String> identifier() {
        return first("UNH").map(unh -> unh.elements().size() > 1 ? unh.elements().get(1) : List.<String>of())
                .orElse(List.of());
    }
}
