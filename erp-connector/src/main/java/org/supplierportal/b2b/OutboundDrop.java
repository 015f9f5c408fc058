package org.supplierportal.b2b;

/** Where documents for a partner go: its out folder for SFTP, its AS2 address for AS2. */
public interface OutboundDrop {

    /** Puts the document where the partner picks it up. */
    void deliver(String tenantKey, String fileName, String content);
}
