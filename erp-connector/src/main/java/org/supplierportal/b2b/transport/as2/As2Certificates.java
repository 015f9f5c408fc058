package org.supplierportal.b2b.transport.as2;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import com.helger.as2lib.AbstractDynamicComponent;
import com.helger.as2lib.cert.AS2CertificateNotFoundException;
import com.helger.as2lib.cert.AS2KeyNotFoundException;
import com.helger.as2lib.cert.ECertificatePartnershipType;
import com.helger.as2lib.cert.ICertificateFactory;
import com.helger.as2lib.message.IBaseMessage;
import com.helger.as2lib.partner.Partnership;
import com.helger.commons.collection.impl.CommonsArrayList;
import org.supplierportal.tenant.As2Settings;

/**
 * The certificates as2-lib asks for while receiving: the portal's own (to decrypt, and to sign the MDN) and the
 * partner's from its channel settings (to check its signature). Never one out of the message itself: a signature
 * counts only when the key in the supplier's settings made it.
 */
class As2Certificates extends AbstractDynamicComponent implements ICertificateFactory {

    /** The partnership attribute that carries the partner's certificate (PEM) from its channel settings. */
    static final String PARTNER_CERTIFICATE = "portal-partner-certificate";

    private final As2Identity identity;

    As2Certificates(As2Identity identity) {
        this.identity = identity;
    }

    @Override
    public X509Certificate getCertificate(IBaseMessage message, ECertificatePartnershipType type)
            throws AS2CertificateNotFoundException {
        Partnership partnership = message.partnership();
        String as2Id = type == ECertificatePartnershipType.SENDER ? partnership.getSenderAS2ID() : partnership.getReceiverAS2ID();
        if (identity.id().equals(as2Id)) {
            return identity.certificate();
        }
        String pem = partnership.getAttribute(PARTNER_CERTIFICATE);
        X509Certificate certificate = pem == null ? null : As2Settings.certificate(pem);
        if (certificate == null) {
            throw new AS2CertificateNotFoundException(type, partnership);
        }
        return certificate;
    }

    @Override
    public PrivateKey getPrivateKey(X509Certificate certificate) throws AS2KeyNotFoundException {
        if (certificate == null || !certificate.equals(identity.certificate())) {
            throw new AS2KeyNotFoundException(certificate == null ? identity.certificate() : certificate, identity.id(),
                    new CommonsArrayList<>(As2Identity.ALIAS), null);
        }
        return identity.privateKey();
    }
}
