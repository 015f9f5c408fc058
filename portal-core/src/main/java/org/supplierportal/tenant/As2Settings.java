package org.supplierportal.tenant;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * A supplier's AS2 partner: who it is, where its documents go and the certificate its signatures are checked with.
 * The portal's own AS2 ID and key pair are configuration ({@code portal.b2b.as2.*}).
 *
 * @param partnerId          the partner's AS2 ID: the AS2-From its messages carry, the AS2-To of ours
 * @param url                where the portal posts the partner's documents
 * @param certificate        the partner's X.509 certificate (PEM): checks its signatures and its MDNs' signatures,
 *                           and encrypts what the portal sends it
 * @param signedMdn          whether the portal asks the partner for a signed MDN (it always signs its own)
 * @param asyncMdn           whether the portal asks the partner to post its MDN later, to the portal's
 *                           {@code /b2b/as2/mdn} (asynchronous), rather than in the answer to each message
 */
public record As2Settings(String partnerId, String url, String certificate, boolean signedMdn, boolean asyncMdn) {

    public static final As2Settings NONE = new As2Settings(null, null, null, true, false);

    public As2Settings {
        partnerId = blankToNull(partnerId);
        url = blankToNull(url);
        certificate = blankToNull(certificate);
    }

    /** The partner's certificate, or null when none is given or the text holds none. */
    public X509Certificate partnerCertificate() {
        return certificate == null ? null : certificate(certificate);
    }

    /** The certificate a PEM text holds, or null when it holds none. */
    public static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
