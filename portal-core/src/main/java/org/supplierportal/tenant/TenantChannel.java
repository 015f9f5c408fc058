package org.supplierportal.tenant;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A supplier's B2B channel settings, one row per tenant (the tenant's id is the key; row-level security keeps it to
 * its tenant). The SFTP password is kept only as a hash.
 */
@Entity
@Table(name = "b2b_channel")
class TenantChannel {

    @Id
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private B2bChannel channel;
    private String standardVersion;
    private String isaQualifier;
    private String isaId;
    private String gsCode;
    @Enumerated(EnumType.STRING)
    private B2bTransport transport;
    private String documents;
    private String sftpPasswordHash;
    private String sftpPublicKey;
    private String cxmlFromDomain;
    private String cxmlFromIdentity;
    private String cxmlToDomain;
    private String cxmlToIdentity;
    private String cxmlSenderDomain;
    private String cxmlSenderIdentity;
    private String cxmlSharedSecretHash;
    private String cxmlOrderUrl;
    private String as2PartnerId;
    private String as2Url;
    private String as2Certificate;
    private boolean as2SignedMdn = true;
    private boolean as2AsyncMdn;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    protected TenantChannel() {
    }

    TenantChannel(UUID tenantId) {
        this.tenantId = tenantId;
        this.channel = B2bChannel.PORTAL_ONLY;
        this.transport = B2bTransport.NONE;
        this.documents = "";
    }

    /**
     * Takes the settings; a new password or shared secret replaces the stored hash, none keeps it. Returns whether
     * anything changed.
     */
    boolean change(ChannelSettings settings, String newPasswordHash, String newSecretHash, Instant now) {
        ChannelSettings before = settings();
        ChannelSettings after = settings.withoutSecrets(newPasswordHash != null || sftpPasswordHash != null,
                newSecretHash != null || cxmlSharedSecretHash != null);
        if (after.equals(before) && newPasswordHash == null && newSecretHash == null) {
            return false;
        }
        channel = settings.channel();
        standardVersion = settings.version();
        isaQualifier = settings.isaQualifier();
        isaId = settings.isaId();
        gsCode = settings.gsCode();
        transport = settings.transport();
        documents = settings.documents().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        sftpPublicKey = settings.sftpPublicKey();
        if (newPasswordHash != null) {
            sftpPasswordHash = newPasswordHash;
        }
        changeCxml(settings.cxml(), newSecretHash);
        as2PartnerId = settings.as2().partnerId();
        as2Url = settings.as2().url();
        as2Certificate = settings.as2().certificate();
        as2SignedMdn = settings.as2().signedMdn();
        as2AsyncMdn = settings.as2().asyncMdn();
        updatedAt = now;
        return true;
    }

    ChannelSettings settings() {
        Set<B2bDocument> parsed = documents == null || documents.isBlank() ? Set.of()
                : Arrays.stream(documents.split(",")).map(B2bDocument::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(B2bDocument.class)));
        CxmlSettings cxml = new CxmlSettings(new CxmlCredential(cxmlFromDomain, cxmlFromIdentity),
                new CxmlCredential(cxmlToDomain, cxmlToIdentity), new CxmlCredential(cxmlSenderDomain, cxmlSenderIdentity),
                null, cxmlSharedSecretHash != null, cxmlOrderUrl);
        return new ChannelSettings(channel, standardVersion, isaQualifier, isaId, gsCode, transport, parsed, sftpPublicKey,
                null, sftpPasswordHash != null, cxml, new As2Settings(as2PartnerId, as2Url, as2Certificate, as2SignedMdn, as2AsyncMdn));
    }

    private void changeCxml(CxmlSettings cxml, String newSecretHash) {
        cxmlFromDomain = cxml.from().domain();
        cxmlFromIdentity = cxml.from().identity();
        cxmlToDomain = cxml.to().domain();
        cxmlToIdentity = cxml.to().identity();
        cxmlSenderDomain = cxml.sender().domain();
        cxmlSenderIdentity = cxml.sender().identity();
        cxmlOrderUrl = cxml.orderUrl();
        if (newSecretHash != null) {
            cxmlSharedSecretHash = newSecretHash;
        }
    }

    UUID tenantId() {
        return tenantId;
    }

    String cxmlSharedSecretHash() {
        return cxmlSharedSecretHash;
    }

    String sftpPasswordHash() {
        return sftpPasswordHash;
    }
}
