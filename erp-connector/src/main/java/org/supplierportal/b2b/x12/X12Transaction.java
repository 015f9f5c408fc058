package org.supplierportal.b2b.x12;

import java.util.List;
import java.util.Optional;

/**
 * One transaction set (ST..SE) as read: its segments and what validation found wrong in it.
 *
 * @param type          ST01, e.g. 855
 * @param controlNumber ST02
 * @param envelopeError a problem of the set's envelope (SE count or control number), X12 code list 718 (AK5-02)
 */
record X12Transaction(String type, String controlNumber, List<X12Segment> segments, List<X12Problem> problems,
                      Integer envelopeError) {

    X12Transaction {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty() && envelopeError == null;
    }

    Optional<X12Segment> first(String tag) {
        return segments.stream().filter(segment -> segment.tag().equals(tag)).findFirst();
    }
}
