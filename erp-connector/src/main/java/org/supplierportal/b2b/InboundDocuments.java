package org.supplierportal.b2b;

import org.supplierportal.tenant.SftpLogin;

/** Where a transport hands a document a partner's system sent, once the transport authenticated the partner. */
public interface InboundDocuments {

    /**
     * Takes in one file: logs it, validates, applies and answers it. Never throws for a bad document: what is wrong
     * ends in the message log and the functional acknowledgment.
     *
     * @param partner the authenticated partner: the tenant comes from here, never from the document's content
     */
    InboundOutcome receive(SftpLogin partner, String fileName, byte[] content);

    /** What became of an inbound file, in a few words for the transport's own log. */
    record InboundOutcome(boolean applied, String summary) {
    }
}
