package org.supplierportal.b2b.x12;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The functional acknowledgment for an interchange as read: a 997 in 004010, a 999 (Implementation Acknowledgment,
 * guide 005010X231A1) in 005010. One AK2 per transaction set, with a segment note (AK3, IK3: tag, position in the set,
 * code) and an element note (AK4, IK4: position, reference number, code, the bad data) for each error, the set
 * accepted or rejected (AK5, IK5) and AK9 for the group; the 999's AK1 also names the group's version. The codes are
 * the same in both (720/620 for segments, 723/621 for elements, 718 for sets). It acknowledges syntax only: a set that
 * is valid X12 but refused by the portal's rules (another supplier's PO) is accepted here and refused in the message
 * log. Pure.
 */
final class FunctionalAckMapping {

    /** The two acknowledgments and their segment names. */
    enum Kind {
        FA_997("997", X12Writer.VERSION_4010, "", "AK3", "AK4", "AK5"),
        IMPLEMENTATION_999("999", "005010X231A1", "005010X231A1", "IK3", "IK4", "IK5");

        final String type;
        final String version;
        final String implementation;
        final String segmentNote;
        final String elementNote;
        final String setResponse;

        Kind(String type, String version, String implementation, String segmentNote, String elementNote, String setResponse) {
            this.type = type;
            this.version = version;
            this.implementation = implementation;
            this.segmentNote = segmentNote;
            this.elementNote = elementNote;
            this.setResponse = setResponse;
        }

        /** The acknowledgment a partner on this X12 version gets: the 999 from 005010 on. */
        static Kind forVersion(String channelVersion) {
            return channelVersion != null && channelVersion.compareTo(X12Writer.VERSION_5010) >= 0 ? IMPLEMENTATION_999 : FA_997;
        }
    }

    private FunctionalAckMapping() {
    }

    /**
     * @param supported the transaction set types the portal takes in; any other is rejected with code 1
     */
    static String write(Kind kind, X12Interchange interchange, X12Parties ourSide, long interchangeControl, long groupControl,
                        Set<String> supported, boolean test, LocalDateTime now) {
        X12Writer x12 = X12Writer.start(ourSide, interchangeControl, groupControl, "FA", kind.type, kind.version,
                kind.implementation, test, now);
        x12.segment("AK1", interchange.functionalId(), interchange.groupControlNumber(),
                kind == Kind.IMPLEMENTATION_999 ? interchange.groupVersion() : "");
        int accepted = 0;
        for (X12Transaction transaction : interchange.transactions()) {
            x12.segment("AK2", transaction.type(), transaction.controlNumber());
            for (X12Problem problem : transaction.problems()) {
                x12.segment(kind.segmentNote, problem.segmentTag(), Integer.toString(problem.segmentPosition()), "",
                        Integer.toString(problem.segmentErrorCode()));
                if (problem.elementPosition() != null) {
                    x12.segment(kind.elementNote, Integer.toString(problem.elementPosition()), nonNull(problem.elementReference()),
                            Integer.toString(problem.elementErrorCode()), X12Writer.text(problem.badValue(), 99));
                }
            }
            Integer rejection = rejection(transaction, supported);
            if (rejection == null) {
                accepted++;
                x12.segment(kind.setResponse, "A");
            } else {
                x12.segment(kind.setResponse, "R", Integer.toString(rejection));
            }
        }
        int received = interchange.transactions().size();
        String groupStatus = !interchange.envelopeProblems().isEmpty() || accepted == 0 ? "R" : accepted < received ? "P" : "A";
        x12.segment("AK9", groupStatus, Integer.toString(received), Integer.toString(received), Integer.toString(accepted));
        return x12.finish(interchangeControl, groupControl);
    }

    /** The set's rejection code (718: AK5-02, IK5-02); null when it is accepted. */
    static Integer rejection(X12Transaction transaction, Set<String> supported) {
        if (transaction.envelopeError() != null) {
            return transaction.envelopeError();
        }
        if (!transaction.problems().isEmpty()) {
            return X12ErrorCodes.SEGMENTS_IN_ERROR;
        }
        return supported.contains(transaction.type()) ? null : X12ErrorCodes.SET_NOT_SUPPORTED;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
