package org.supplierportal.b2b;

import org.supplierportal.tenant.B2bChannel;
import org.supplierportal.tenant.SftpLogin;

/**
 * One standard's intake of a partner's documents (X12, EDIFACT): {@link InboundRouter} hands it the files of the
 * partners whose channel it serves.
 */
public interface ChannelInbound {

    /** The channel whose partners' documents this takes in. */
    B2bChannel channel();

    /** As {@link InboundDocuments#receive}: never throws for a bad document. */
    InboundDocuments.InboundOutcome receive(SftpLogin partner, String fileName, byte[] content);
}
