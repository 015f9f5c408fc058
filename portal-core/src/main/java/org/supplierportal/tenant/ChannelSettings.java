package org.supplierportal.tenant;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A supplier's B2B channel: the standard and version, the partner's identifiers, the transport and the documents.
 * The SFTP password is write-only: {@code sftpPassword} carries a new one in (null keeps the stored one), and what
 * comes back out only says whether one is set.
 *
 * @param isaQualifier the partner's interchange ID qualifier (ISA05/ISA07), e.g. ZZ or 01; on EDIFACT its UNB
 *                     code qualifier (0007), e.g. 14 or ZZZ
 * @param isaId        the partner's interchange ID (ISA06/ISA08): the sender ID its documents must carry; on EDIFACT
 *                     its UNB identification (0004)
 * @param gsCode       the partner's application code (GS02/GS03)
 * @param sftpPublicKey the partner's SSH public key, one OpenSSH line ("ssh-ed25519 AAAA... comment")
 * @param cxml         the partner's cXML credentials, shared secret and order address (cXML channel only)
 * @param as2          the partner's AS2 ID, address and certificate (AS2 transport only)
 */
public record ChannelSettings(B2bChannel channel, String version, String isaQualifier, String isaId, String gsCode,
                              B2bTransport transport, Set<B2bDocument> documents, String sftpPublicKey,
                              String sftpPassword, boolean sftpPasswordSet, CxmlSettings cxml,
                              As2Settings as2) {

    public static final ChannelSettings PORTAL_ONLY = new ChannelSettings(B2bChannel.PORTAL_ONLY, null, null, null, null,
            B2bTransport.NONE, Set.of(), null, null, false);

    /** The cXML versions the portal reads and writes. */
    public static final Set<String> CXML_VERSIONS = Set.of("1.2");

    /** The X12 versions the portal reads and writes; 005010 comes with the 999. */
    public static final Set<String> X12_VERSIONS = Set.of("004010", "005010");
    /** The EDIFACT directories the portal reads and writes ORDERS, ORDRSP and DESADV in. */
    public static final Set<String> EDIFACT_VERSIONS = Set.of("D96A", "D01B");
    /** UNB 0007: up to 4 letters or digits (ISO 9735 syntax 3). */
    public static final Pattern UNB_QUALIFIER = Pattern.compile("[0-9A-Z]{1,4}");
    /** UNB 0004: up to 35 characters of UNOC, no EDIFACT delimiter. */
    public static final Pattern UNB_ID = Pattern.compile("[0-9A-Za-z .\\-/]{1,35}");
    public static final Pattern ISA_QUALIFIER = Pattern.compile("[0-9A-Z]{2}");
    public static final Pattern ISA_ID = Pattern.compile("[0-9A-Za-z -]{1,15}");
    public static final Pattern GS_CODE = Pattern.compile("[0-9A-Za-z -]{2,15}");

    public ChannelSettings {
        channel = channel == null ? B2bChannel.PORTAL_ONLY : channel;
        transport = transport == null ? B2bTransport.NONE : transport;
        documents = documents == null || documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
        version = blankToNull(version);
        isaQualifier = blankToNull(isaQualifier);
        isaId = blankToNull(isaId);
        gsCode = blankToNull(gsCode);
        sftpPublicKey = blankToNull(sftpPublicKey);
        sftpPassword = sftpPassword == null || sftpPassword.isEmpty() ? null : sftpPassword;
        cxml = cxml == null ? CxmlSettings.NONE : cxml;
        as2 = as2 == null ? As2Settings.NONE : as2;
    }

    /** A channel without AS2 settings (SFTP or HTTPS transport). */
    public ChannelSettings(B2bChannel channel, String version, String isaQualifier, String isaId, String gsCode,
                           B2bTransport transport, Set<B2bDocument> documents, String sftpPublicKey, String sftpPassword,
                           boolean sftpPasswordSet, CxmlSettings cxml) {
        this(channel, version, isaQualifier, isaId, gsCode, transport, documents, sftpPublicKey, sftpPassword,
                sftpPasswordSet, cxml, As2Settings.NONE);
    }

    /** A channel without cXML settings (X12, or portal only). */
    public ChannelSettings(B2bChannel channel, String version, String isaQualifier, String isaId, String gsCode,
                           B2bTransport transport, Set<B2bDocument> documents, String sftpPublicKey, String sftpPassword,
                           boolean sftpPasswordSet) {
        this(channel, version, isaQualifier, isaId, gsCode, transport, documents, sftpPublicKey, sftpPassword,
                sftpPasswordSet, CxmlSettings.NONE);
    }

    public boolean isX12() {
        return channel == B2bChannel.X12;
    }

    public boolean isEdifact() {
        return channel == B2bChannel.EDIFACT;
    }

    public boolean isCxml() {
        return channel == B2bChannel.CXML;
    }

    public boolean exchanges(B2bDocument document) {
        return channel != B2bChannel.PORTAL_ONLY && documents.contains(document);
    }

    /** The same settings as stored and shown: no password or shared secret in, only whether each is set. */
    ChannelSettings withoutSecrets(boolean passwordSet, boolean sharedSecretSet) {
        return new ChannelSettings(channel, version, isaQualifier, isaId, gsCode, transport, documents, sftpPublicKey,
                null, passwordSet, cxml.withoutSecret(sharedSecretSet), as2);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
