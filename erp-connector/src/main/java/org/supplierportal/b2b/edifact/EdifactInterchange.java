package org.supplierportal.b2b.edifact;

import java.util.List;

/**
 * An interchange (UNB..UNZ) as read: who sent it (UNB S002), to whom (S003), its control reference (0020) and
 * its messages.
 *
 * @param envelopeProblems problems of the UNB/UNZ envelope (e.g. UNZ count or reference mismatch): the whole
 *                         interchange is then rejected
 */
record EdifactInterchange(String syntax, String senderQualifier, String senderId, String recipientQualifier,
                          String recipientId, String controlReference, List<EdifactMessage> messages,
                          List<EdifactProblem> envelopeProblems) {

    EdifactInterchange {
        messages = List.copyOf(messages);
        envelopeProblems = List.copyOf(envelopeProblems);
    }

    boolean valid() {
        return envelopeProblems.isEmpty() && messages.stream().allMatch(EdifactMessage::valid);
    }
}
