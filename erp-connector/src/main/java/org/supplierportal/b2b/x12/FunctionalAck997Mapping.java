package org.supplierportal.b2b.x12;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The 997 for an interchange as read: one AK2 per transaction set, with AK3/AK4 for each error and its location,
 * AK5 accepted or rejected, and AK9 for the group. It acknowledges syntax only: a set that is valid X12 but refused
 * by the portal's rules (another supplier's PO, outside an answerable state) is accepted here and refused in the
 * message log. Pure.
 */
final class FunctionalAck997Mapping {

    private FunctionalAck997Mapping() {
    }

    /**
     * @param supported the transaction set types the portal takes in; any other is rejected with AK5-02 code 1
     */
    static String write(X12Interchange interchange, X12Parties ourSide, long interchangeControl, long groupControl,
                        Set<String> supported, boolean test, LocalDateTime now) {
        X12Writer x12 = X12Writer.start(ourSide, interchangeControl, groupControl, "FA", "997", test, now);
        x12.segment("AK1", interchange.functionalId(), interchange.groupControlNumber());
        int accepted = 0;
        for (X12Transaction transaction : interchange.transactions()) {
            x12.segment("AK2", transaction.type(), transaction.controlNumber());
            for (X12Problem problem : transaction.problems()) {
                x12.segment("AK3", problem.segmentTag(), Integer.toString(problem.segmentPosition()), "",
                        Integer.toString(problem.segmentErrorCode()));
                if (problem.elementPosition() != null) {
                    x12.segment("AK4", Integer.toString(problem.elementPosition()), nonNull(problem.elementReference()),
                            Integer.toString(problem.elementErrorCode()), X12Writer.text(problem.badValue(), 99));
                }
            }
            Integer rejection = rejection(transaction, supported);
            if (rejection == null) {
                accepted++;
                x12.segment("AK5", "A");
            } else {
                x12.segment("AK5", "R", Integer.toString(rejection));
            }
        }
        int received = interchange.transactions().size();
        String groupStatus = !interchange.envelopeProblems().isEmpty() || accepted == 0 ? "R" : accepted < received ? "P" : "A";
        x12.segment("AK9", groupStatus, Integer.toString(received), Integer.toString(received), Integer.toString(accepted));
        return x12.finish(interchangeControl, groupControl);
    }

    /** AK5-02 (code list 718) for a set that is rejected; null when it is accepted. */
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
