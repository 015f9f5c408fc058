package org.supplierportal.b2b.transport.as2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.MIC;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.message.AS2Message;
import com.helger.as2lib.partner.Partnership;
import com.helger.as2lib.processor.sender.AS2SenderModule;
import com.helger.commons.state.ETriState;
import com.helger.security.keystore.EKeyStoreType;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;
import org.supplierportal.b2b.log.AsyncMdnLog;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.tenant.As2Settings;
import org.supplierportal.tenant.SftpLogin;

/**
 * Posts a document to a partner by AS2: signed with the portal's key, encrypted for the partner's certificate, with
 * an MDN asked for (signed, unless the partner's settings say otherwise). A synchronous MDN is checked at once: it
 * must say processed and, when signed, be signed by the certificate in the partner's settings. A partner set to answer
 * asynchronously is told to post its MDN to the portal's {@value #MDN_PATH}; the post must be taken (HTTP 2xx), and the
 * receipt then carries the MIC that MDN must return ({@link As2MdnReceiver} checks it when it comes).
 */
@Component
public class As2Sender {

    /** Where partners post the asynchronous MDNs the portal asks for, under the portal's public address. */
    public static final String MDN_PATH = "/b2b/as2/mdn";

    /**
     * The MDN that answered a message the partner took; or, when {@code mdnAwaited}, the message an asynchronous MDN
     * will answer (already in the message log as AWAITING).
     */
    public record Receipt(String messageId, String mdnMessageId, String disposition, String mdnText, boolean signed,
                          boolean mdnAwaited) {
    }

    private final As2Identity identity;
    private final String keyStorePassword;
    private final PortalPublicUrl publicUrl;
    private final AsyncMdnLog mdnLog;

    As2Sender(As2Identity identity, B2bProperties properties, PortalPublicUrl publicUrl, AsyncMdnLog mdnLog) {
        this.identity = identity;
        this.keyStorePassword = properties.as2().keyStorePassword();
        this.publicUrl = publicUrl;
        this.mdnLog = mdnLog;
    }

    /** @throws As2DeliveryException when the partner did not take the document, in words an admin can act on */
    public Receipt send(SftpLogin partner, String fileName, String content) {
        As2Settings as2 = partner.settings().as2();
        X509Certificate partnerCertificate = as2.partnerCertificate();
        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, keyStore(), keyStorePassword);
        settings.setSenderData(identity.id(), "as2@" + identity.id(), As2Identity.ALIAS);
        settings.setReceiverData(as2.partnerId(), "partner", as2.url());
        settings.setReceiverCertificate(partnerCertificate);
        settings.setPartnershipName(identity.id() + "-" + as2.partnerId());
        settings.setEncryptAndSign(ECryptoAlgorithmCrypt.CRYPT_AES256_CBC, ECryptoAlgorithmSign.DIGEST_SHA_256);
        settings.setMDNOptions(as2.signedMdn() ? new DispositionOptions().setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE).setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setMICAlg(ECryptoAlgorithmSign.DIGEST_SHA_256).getAsString() : null);
        if (as2.asyncMdn()) {
            settings.setAsyncMDNUrl(publicUrl.get() + MDN_PATH);
        }
        settings.setRetryCount(0); // a failure goes back to the outbox, which tries again later
        AS2ClientRequest request = new AS2ClientRequest(fileName).setData(content, StandardCharsets.ISO_8859_1)
                .setContentType("application/edi-x12").setFilename(fileName);
        // the awaited MDN is logged before the post: the partner may answer before the post returns
        AtomicReference<UUID> awaited = new AtomicReference<>();
        CheckedMdnClient client = new CheckedMdnClient(as2.signedMdn(), (message, mic) -> awaited.set(mdnLog.await(
                partner.tenantId(), as2.partnerId(), message.getMessageID(), fileName, mic.getAsAS2String(), "MDN for " + fileName
                        + " (AS2 message " + message.getMessageID() + "): awaited, the partner posts it later (asynchronous)")));
        AS2ClientResponse response = client.sendSynchronous(settings, request);
        String where = as2.partnerId() + " at " + as2.url();
        if (as2.asyncMdn()) {
            if (response.hasException()) {
                String why = fileName + " not delivered to " + where + ": " + response.getException().getMessage();
                if (awaited.get() != null) {
                    mdnLog.notDelivered(awaited.get(), why + "; the document is sent again later as a new AS2 message");
                }
                throw new As2DeliveryException(why, response.getException());
            }
            return new Receipt(response.getOriginalMessageID(), null, null, null, as2.signedMdn(), true);
        }
        if (!response.hasMDN()) {
            throw new As2DeliveryException(fileName + " not delivered to " + where + ": "
                    + (response.hasException() ? response.getException().getMessage() : "no MDN came back"), response.getException());
        }
        String disposition = response.getMDNDisposition();
        if (disposition == null || !disposition.toLowerCase().contains("processed") || disposition.toLowerCase().matches(".*(error|failure).*")) {
            throw new As2DeliveryException(fileName + " refused by " + where + ": MDN " + disposition + " " + response.getMDNText(), null);
        }
        if (as2.signedMdn() && !partnerCertificate.equals(response.getMDNVerificationCertificate())) {
            throw new As2DeliveryException(fileName + " sent to " + where + ", but its MDN is not signed with the partner's certificate", null);
        }
        return new Receipt(response.getOriginalMessageID(), response.getMDNMessageID(), disposition, response.getMDNText(),
                as2.signedMdn(), false);
    }

    /** The portal's key and certificate as the PKCS#12 bytes as2-lib's client loads. */
    private byte[] keyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, keyStorePassword.toCharArray());
            store.setKeyEntry(As2Identity.ALIAS, identity.privateKey(), keyStorePassword.toCharArray(),
                    new Certificate[] {identity.certificate()});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, keyStorePassword.toCharArray());
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the portal's AS2 key cannot be handed to the AS2 client", e);
        }
    }

    /** as2-lib's client, told to check a signed MDN only with the partner's certificate from the settings. */
    private static final class CheckedMdnClient extends AS2Client {

        private final boolean signedMdn;

        /** @param awaitMdn told the message and its MIC just before the post, when an asynchronous MDN is asked for */
        CheckedMdnClient(boolean signedMdn, BiConsumer<AS2Message, MIC> awaitMdn) {
            this.signedMdn = signedMdn;
            // what an asynchronous MDN is checked against goes to the message log, not to as2-lib's pending files
            setAS2SenderModuleFactory(() -> new AS2SenderModule() {
                @Override
                protected void storePendingInfo(AS2Message message, MIC mic) {
                    awaitMdn.accept(message, mic);
                }
            });
        }

        @Override
        protected Partnership buildPartnership(AS2ClientSettings settings) {
            Partnership partnership = super.buildPartnership(settings);
            partnership.setVerifyUseCertificateInBodyPart(ETriState.FALSE);
            partnership.setForceVerify(signedMdn);
            return partnership;
        }
    }
}
