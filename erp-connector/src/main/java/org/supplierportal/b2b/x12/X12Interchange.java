package org.supplierportal.b2b.x12;

import java.util.List;

/**
 * An interchange (ISA..IEA) as read, with one functional group: who sent it (ISA05/06), to whom (ISA07/08), its
 * control number (ISA13) and its transaction sets.
 *
 * @param functionalId       GS01, e.g. PR for 855s
 * @param groupControlNumber GS06, what a 997's AK1 answers
 * @param envelopeProblems   problems of the interchange or group envelope (e.g. IEA control number mismatch)
 */
record X12Interchange(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                      String controlNumber, String functionalId, String groupSenderCode, String groupControlNumber,
                      String groupVersion, List<X12Transaction> transactions, List<String> envelopeProblems) {

    X12Interchange {
        transactions = List.copyOf(transactions);
        envelopeProblems = List.copyOf(envelopeProblems);
    }

    boolean valid() {
        return envelopeProblems.isEmpty() && transactions.stream().allMatch(X12Transaction::valid);
    }
}
