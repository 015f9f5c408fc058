package org.supplierportal.b2b;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the B2B channels ({@code portal.b2b.*}, README settings table).
 *
 * @param sftp the SFTP server suppliers' systems drop documents on; off unless enabled
 * @param x12  the buyer's own X12 identifiers, which its documents carry as sender and expect as receiver
 * @param cxml the buyer's own cXML credential, which its documents carry in From and Sender and expect in To
 * @param edifact the buyer's own UNB identification, which its interchanges carry as sender and expect as recipient
 * @param as2  the portal's own AS2 ID and key pair, which sign and decrypt what travels by AS2
 */
@ConfigurationProperties("portal.b2b")
public record B2bProperties(@DefaultValue Sftp sftp, @DefaultValue X12 x12, @DefaultValue Cxml cxml,
                            @DefaultValue Edifact edifact, @DefaultValue As2 as2) {

    /**
     * @param root    one folder per supplier below it (its key), each with {@code in} and {@code out}
     * @param hostKey where the server's host key is kept; generated on first start, then the same across restarts
     */
    public record Sftp(@DefaultValue("false") boolean enabled, @DefaultValue("0.0.0.0") String host,
                       @DefaultValue("2222") int port, @DefaultValue("data/b2b") Path root,
                       @DefaultValue("data/b2b/host-key.ser") Path hostKey) {
    }

    /** @param production ISA15 P for production documents, otherwise T (test) */
    public record X12(@DefaultValue("ZZ") String isaQualifier, @DefaultValue("SUPPLIERPORTAL") String isaId,
                      @DefaultValue("SUPPLIERPORTAL") String gsCode, @DefaultValue("true") boolean production) {
    }

    /**
     * @param sharedSecret    what the portal's OrderRequests carry as SharedSecret for the supplier to check; none: no
     *                        SharedSecret is sent
     * @param payloadIdDomain the part after the @ of the portal's payloadIDs
     * @param billTo          the name OrderRequests carry in BillTo (the buyer's invoicing party)
     * @param production      deploymentMode production, otherwise test
     */
    public record Cxml(@DefaultValue("NetworkId") String domain, @DefaultValue("SUPPLIERPORTAL") String identity,
                       String sharedSecret, @DefaultValue("supplierportal") String payloadIdDomain,
                       @DefaultValue("Accounts payable") String billTo, @DefaultValue("true") boolean production) {
    }

    /**
     * @param unbQualifier the code qualifier (0007) of {@code unbId}, e.g. 14 for a GLN or ZZZ (mutually defined)
     * @param production   UNB 0035 left out on documents the portal sends; otherwise 1 (test)
     */
    public record Edifact(@DefaultValue("ZZZ") String unbQualifier, @DefaultValue("SUPPLIERPORTAL") String unbId,
                          @DefaultValue("true") boolean production) {
    }

    /**
     * @param id               the portal's AS2 ID: the AS2-To partners send to, the AS2-From of its own messages
     * @param keyStore         a PKCS#12 file with the portal's private key and certificate; when missing, a
     *                         self-signed pair is generated there on first start (fine for a demo, not for partners
     *                         who check certificate chains)
     * @param keyStorePassword the key store's password (and its key's)
     */
    public record As2(@DefaultValue("SUPPLIERPORTAL") String id, @DefaultValue("data/b2b/as2-key.p12") Path keyStore,
                      @DefaultValue("changeit") String keyStorePassword) {
    }
}
