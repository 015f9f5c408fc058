package org.supplierportal.b2b.edifact;

/** Who an interchange goes from and to: the UNB identification (0004) and its code qualifier (0007) of each side. */
record EdifactParties(String senderQualifier, String senderId, String recipientQualifier, String recipientId) {
}
