package org.supplierportal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Each channel rule names its refusal by a key of the rules bundle (the supplier page shows it in the reader's
 * language) and keeps the English text tenant files, logs and the API have always given.
 */
class ChannelRulesTest {

    @Test
    void x12OverNoTransportGivesEachProblemByKeyAndInEnglish() {
        ChannelSettings settings = new ChannelSettings(B2bChannel.X12, "004011", "Z", "far too long an ISA id", "X",
                B2bTransport.NONE, Set.of(), "ssh-dss AAAA", "short", false);

        assertThat(ChannelRules.check(settings)).extracting(ChannelRules.Problem::field, problem -> problem.translatable().key(),
                ChannelRules.Problem::message).containsExactly(
                tuple("version", "channelRule.x12Version", "'004011' is not an X12 version the portal takes; use 004010 or 005010"),
                tuple("isaQualifier", "channelRule.isaQualifier", "give the partner's ISA qualifier: two letters or digits, e.g. ZZ or 01"),
                tuple("isaId", "channelRule.isaId", "give the partner's ISA sender ID: up to 15 letters, digits, spaces or dashes"),
                tuple("gsCode", "channelRule.gsCode", "give the partner's GS application code: 2 to 15 letters, digits, spaces or dashes"),
                tuple("transport", "channelRule.transport.NONE", "None is not available for X12; use SFTP or AS2"),
                tuple("sftpPassword", "channelRule.sftpPassword", "an SFTP password needs at least 12 characters"),
                tuple("sftpPublicKey", "channelRule.sftpPublicKey",
                        "is not an OpenSSH public key line (ssh-ed25519 AAAA..., ssh-rsa AAAA... or ecdsa-sha2-...)"),
                tuple("documents", "channelRule.documents", "choose at least one document the partner exchanges"));
        assertThat(ChannelRules.check(settings).getFirst().translatable().arguments()).containsExactly("004011");
    }

    @Test
    void sftpWithoutKeyOrPasswordAndHttpsForX12() {
        ChannelSettings noAccess = new ChannelSettings(B2bChannel.X12, "004010", "ZZ", "ACME", "ACME", B2bTransport.SFTP,
                Set.of(B2bDocument.PURCHASE_ORDERS), null, null, false);
        ChannelSettings https = new ChannelSettings(B2bChannel.X12, null, "ZZ", "ACME", "ACME", B2bTransport.HTTPS,
                Set.of(B2bDocument.PURCHASE_ORDERS), null, null, false);

        assertThat(ChannelRules.check(noAccess)).extracting(ChannelRules.Problem::message)
                .containsExactly("SFTP needs the partner's public key or a password");
        assertThat(ChannelRules.check(https)).extracting(ChannelRules.Problem::message).containsExactly(
                "'null' is not an X12 version the portal takes; use 004010 or 005010",
                "HTTPS is not available for X12; use SFTP or AS2");
    }

    @Test
    void edifactAndAs2ProblemsByKeyAndInEnglish() {
        ChannelSettings settings = new ChannelSettings(B2bChannel.EDIFACT, "D97B", "ZZZZZ", "bad;id", null, B2bTransport.AS2,
                Set.of(B2bDocument.PURCHASE_ORDERS), null, null, false, CxmlSettings.NONE,
                new As2Settings("has space", "ftp://x", "not a certificate", true, true));

        assertThat(ChannelRules.check(settings)).extracting(ChannelRules.Problem::field, problem -> problem.translatable().key(),
                ChannelRules.Problem::message).containsExactly(
                tuple("version", "channelRule.edifactVersion", "'D97B' is not an EDIFACT directory the portal takes; use D96A or D01B"),
                tuple("isaQualifier", "channelRule.unbQualifier",
                        "give the partner's UNB code qualifier: up to 4 letters or digits, e.g. 14 (GLN) or ZZZ"),
                tuple("isaId", "channelRule.unbId", "give the partner's UNB sender identification: up to 35 letters, digits,"
                        + " spaces, dots, dashes or slashes, e.g. its GLN"),
                tuple("as2PartnerId", "channelRule.as2PartnerId", "give the partner's AS2 ID: 1 to 128 letters, digits or signs, no spaces"),
                tuple("as2Url", "channelRule.as2Url", "give the partner's AS2 address, e.g. https://supplier.example/as2"),
                tuple("as2Certificate", "channelRule.as2CertificatePem",
                        "is not an X.509 certificate in PEM (-----BEGIN CERTIFICATE----- ...)"));
        ChannelSettings noCertificate = new ChannelSettings(B2bChannel.X12, "004010", "ZZ", "ACME", "ACME", B2bTransport.AS2,
                Set.of(B2bDocument.PURCHASE_ORDERS), null, null, false, CxmlSettings.NONE,
                new As2Settings("ACME", "https://acme.example/as2", null, true, false));
        assertThat(ChannelRules.check(noCertificate)).extracting(ChannelRules.Problem::message)
                .containsExactly("AS2 needs the partner's certificate (PEM): its signatures are checked with it");
    }

    @Test
    void cxmlProblemsByKeyAndInEnglish() {
        String longDomain = "d".repeat(101);
        ChannelSettings settings = new ChannelSettings(B2bChannel.CXML, "1.3", null, null, null, B2bTransport.SFTP,
                Set.of(B2bDocument.PURCHASE_ORDERS), null, null, false,
                new CxmlSettings(new CxmlCredential("NetworkId", null), new CxmlCredential(longDomain, "x"), null, "short",
                        false, "ftp://acme.example"));

        List<ChannelRules.Problem> problems = ChannelRules.check(settings);

        assertThat(problems).extracting(ChannelRules.Problem::field, problem -> problem.translatable().key(),
                ChannelRules.Problem::message).containsExactly(
                tuple("version", "channelRule.cxmlVersion", "'1.3' is not a cXML version the portal takes; use 1.2"),
                tuple("cxmlFrom", "channelRule.cxmlCredential",
                        "give the partner's From credential: a domain (e.g. NetworkId or DUNS) and an identity"),
                tuple("cxmlTo", "channelRule.cxmlCredentialLength", "a domain has at most 100 characters, an identity 200"),
                tuple("cxmlSender", "channelRule.cxmlCredential",
                        "give the partner's Sender credential: a domain (e.g. NetworkId or DUNS) and an identity"),
                tuple("cxmlSharedSecret", "channelRule.cxmlSharedSecretLength", "a shared secret needs at least 12 characters"),
                tuple("cxmlOrderUrl", "channelRule.cxmlOrderUrl", "is not an http(s) address, e.g. https://supplier.example/cxml"),
                tuple("transport", "channelRule.cxmlTransport", "cXML travels over HTTPS; choose HTTPS"));
        assertThat(problems.get(1).translatable().arguments()).containsExactly("From");
        ChannelSettings noSecretNoDocuments = new ChannelSettings(B2bChannel.CXML, "1.2", null, null, null, B2bTransport.HTTPS,
                Set.of(), null, null, false, new CxmlSettings(new CxmlCredential("NetworkId", "A"), new CxmlCredential("NetworkId", "B"),
                new CxmlCredential("NetworkId", "C"), null, false, null));
        assertThat(ChannelRules.check(noSecretNoDocuments)).extracting(ChannelRules.Problem::message).containsExactly(
                "cXML needs the shared secret the partner's Sender credential carries",
                "choose at least one document the partner exchanges");
    }
}
