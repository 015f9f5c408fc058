package org.supplierportal.b2b.edifact;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The CONTRL (syntax 3) for an interchange as read: UCI for the interchange, then per message UCM accepted (7) or
 * rejected (4), with UCS (segment position) and UCD (syntax error code, element and component) for each error. An
 * interchange refused as a whole (a duplicate, another sender, not for the portal, a broken envelope) is rejected in
 * UCI with its code and no UCM. It acknowledges syntax only: a valid message refused by the portal's rules (another
 * supplier's PO) is accepted here and refused in the message log. Pure.
 */
final class ContrlMapping {

    static final String ACCEPTED = "7";
    static final String REJECTED = "4";

    private ContrlMapping() {
    }

    /**
     * @param supported     the message types (with directory, e.g. ORDRSP:D96A) the portal takes; any other is rejected
     *                      with code 17 (no agreement)
     * @param interchangeError a syntax error code (0085) that refuses the whole interchange, or null
     */
    static String write(EdifactInterchange interchange, EdifactParties ourSide, String controlReference,
                        Set<String> supported, Integer interchangeError, boolean test, LocalDateTime now) {
        EdifactWriter edifact = EdifactWriter.start(ourSide, controlReference, test, now, "CONTRL", "D", "3", "UN");
        Object[] uci = {interchange.controlReference(), new String[] {interchange.senderId(), interchange.senderQualifier()},
                new String[] {interchange.recipientId(), interchange.recipientQualifier()}};
        if (interchangeError != null) {
            edifact.segment("UCI", append(uci, REJECTED, Integer.toString(interchangeError)));
            return edifact.finish(controlReference);
        }
        if (!interchange.envelopeProblems().isEmpty()) {
            EdifactProblem problem = interchange.envelopeProblems().get(0);
            edifact.segment("UCI", append(uci, REJECTED, Integer.toString(problem.errorCode()), problem.segmentTag(),
                    element(problem)));
            return edifact.finish(controlReference);
        }
        edifact.segment("UCI", append(uci, ACCEPTED));
        for (EdifactMessage message : interchange.messages()) {
            String[] identifier = message.identifier().toArray(String[]::new);
            Integer rejection = rejection(message, supported);
            if (rejection == null) {
                edifact.segment("UCM", message.reference(), identifier, ACCEPTED);
                continue;
            }
            edifact.segment("UCM", message.reference(), identifier, REJECTED,
                    message.valid() ? Integer.toString(rejection) : "");
            for (EdifactProblem problem : message.problems()) {
                if (problem.elementPosition() == null) {
                    edifact.segment("UCS", Integer.toString(problem.segmentPosition()), Integer.toString(problem.errorCode()));
                } else {
                    edifact.segment("UCS", Integer.toString(problem.segmentPosition()));
                    edifact.segment("UCD", Integer.toString(problem.errorCode()), element(problem));
                }
            }
        }
        return edifact.finish(controlReference);
    }

    /** The syntax error code (0085) for a message that is rejected; null when it is accepted. */
    static Integer rejection(EdifactMessage message, Set<String> supported) {
        if (!message.valid()) {
            return message.problems().get(0).errorCode();
        }
        return supported.contains(message.type() + ":" + message.version()) ? null : EdifactSyntaxErrors.NO_AGREEMENT;
    }

    private static String[] element(EdifactProblem problem) {
        if (problem.elementPosition() == null) {
            return new String[0];
        }
        return problem.componentPosition() == null ? new String[] {problem.elementPosition().toString()}
                : new String[] {problem.elementPosition().toString(), problem.componentPosition().toString()};
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
