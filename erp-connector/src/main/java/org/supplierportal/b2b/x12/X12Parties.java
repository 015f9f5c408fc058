package org.supplierportal.b2b.x12;

/**
 * Who an interchange goes from and to: ISA qualifier and ID, and the GS application code of each side.
 */
record X12Parties(String senderQualifier, String senderId, String senderCode, String receiverQualifier,
                  String receiverId, String receiverCode) {

    /** The same two parties the other way round, for the answer to an interchange. */
    X12Parties reversed() {
        return new X12Parties(receiverQualifier, receiverId, receiverCode, senderQualifier, senderId, senderCode);
    }
}
