package org.supplierportal.b2b.transport.as2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.helger.as2lib.cert.CertificateFactory;
import com.helger.as2lib.client.AS2Client;
import com.helger.as2lib.client.AS2ClientRequest;
import com.helger.as2lib.client.AS2ClientResponse;
import com.helger.as2lib.client.AS2ClientSettings;
import com.helger.as2lib.crypto.ECryptoAlgorithmCrypt;
import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.disposition.DispositionOptions;
import com.helger.as2lib.exception.AS2Exception;
import com.helger.as2lib.message.IMessage;
import com.helger.as2lib.partner.SelfFillingPartnershipFactory;
import com.helger.as2lib.processor.DefaultMessageProcessor;
import com.helger.as2lib.processor.module.AbstractProcessorModule;
import com.helger.as2lib.processor.receiver.AS2ReceiverModule;
import com.helger.as2lib.processor.receiver.AbstractActiveNetModule;
import com.helger.as2lib.processor.sender.AsynchMDNSenderModule;
import com.helger.as2lib.processor.storage.IProcessorStorageModule;
import com.helger.as2lib.session.AS2Session;
import com.helger.commons.collection.attr.StringMap;
import com.helger.security.keystore.EKeyStoreType;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A supplier's AS2 system, outside the portal: a second as2-lib with its own key pair, listening on a free port with
 * as2-lib's own receiver module (it keeps what it is sent and answers with a signed MDN, as2-lib's default; posted
 * later with as2-lib's asynchronous MDN sender when the message asks so), and sending with as2-lib's client. Everything real: HTTP, S/MIME signatures and encryption.
 */
final class As2TestPartner implements AutoCloseable {

    private static final String PASSWORD = "partner-key-store";

    final String as2Id;
    final KeyPair keys;
    final X509Certificate certificate;
    final List<String> received = new CopyOnWriteArrayList<>();
    /** The HTTP status each asynchronous MDN it posted was answered with. */
    final List<Integer> mdnAnswers = new CopyOnWriteArrayList<>();
    private final AS2ReceiverModule receiver = new AS2ReceiverModule();
    private final CertificateFactory certificates = new CertificateFactory();
    private final int port;

    As2TestPartner(String as2Id, String portalAs2Id, X509Certificate portalCertificate) throws Exception {
        this.as2Id = as2Id;
        this.keys = keyPair();
        this.certificate = selfSigned(keys, as2Id);
        AS2Session session = new AS2Session();
        StringMap type = new StringMap();
        type.putIn("type", EKeyStoreType.PKCS12.getID());
        certificates.initDynamicComponent(session, type);
        certificates.setPassword(PASSWORD);
        certificates.setSaveChangesToFile(false);
        certificates.load(new ByteArrayInputStream(keyStore(keys, certificate)), PASSWORD.toCharArray());
        certificates.addCertificate(portalAs2Id, portalCertificate, true);
        session.setCertificateFactory(certificates);
        session.setPartnershipFactory(new SelfFillingPartnershipFactory());
        DefaultMessageProcessor processor = new DefaultMessageProcessor();
        processor.addModule(new Keep());
        // as2-lib's own sender of asynchronous MDNs, for messages whose sender asks for one
        AsynchMDNSenderModule asyncMdns = new AsynchMDNSenderModule();
        asyncMdns.initDynamicComponent(session, null);
        asyncMdns.setOutgoingHttpCallback((message, from, to, messageId, mic, encoding, url, status) -> mdnAnswers.add(status));
        processor.addModule(asyncMdns);
        session.setMessageProcessor(processor);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        StringMap options = new StringMap();
        options.putIn(AbstractActiveNetModule.ATTR_ADDRESS, "127.0.0.1");
        options.putIn(AbstractActiveNetModule.ATTR_PORT, port);
        receiver.initDynamicComponent(session, options);
        receiver.start();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/as2";
    }

    String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a document the way a supplier's AS2 system does, signed with the given key, and returns the MDN. */
    AS2ClientResponse send(String portalUrl, String portalAs2Id, X509Certificate portalCertificate, KeyPair signWith,
                           String fileName, String content) throws Exception {
        return send(portalUrl, portalAs2Id, portalCertificate, signWith, fileName, content, null);
    }

    /**
     * Sends a document asking for its MDN asynchronously, at the given URL (the Receipt-Delivery-Option header): the
     * answer to the post then carries no MDN.
     */
    AS2ClientResponse sendAskingAsyncMdn(String portalUrl, String portalAs2Id, X509Certificate portalCertificate,
                                         String fileName, String content, String mdnUrl) throws Exception {
        return send(portalUrl, portalAs2Id, portalCertificate, keys, fileName, content, mdnUrl);
    }

    private AS2ClientResponse send(String portalUrl, String portalAs2Id, X509Certificate portalCertificate, KeyPair signWith,
                                   String fileName, String content, String asyncMdnUrl) throws Exception {
        AS2ClientSettings settings = new AS2ClientSettings();
        settings.setKeyStore(EKeyStoreType.PKCS12, keyStore(signWith, selfSigned(signWith, as2Id)), PASSWORD);
        settings.setSenderData(as2Id, "edi@" + as2Id, as2Id);
        settings.setReceiverData(portalAs2Id, portalAs2Id, portalUrl);
        settings.setReceiverCertificate(portalCertificate);
        settings.setPartnershipName(as2Id + "-" + portalAs2Id);
        settings.setEncryptAndSign(ECryptoAlgorithmCrypt.CRYPT_AES256_CBC, ECryptoAlgorithmSign.DIGEST_SHA_256);
        settings.setMDNOptions(new DispositionOptions().setProtocolImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setProtocol(DispositionOptions.PROTOCOL_PKCS7_SIGNATURE).setMICAlgImportance(DispositionOptions.IMPORTANCE_REQUIRED)
                .setMICAlg(ECryptoAlgorithmSign.DIGEST_SHA_256));
        settings.setAsyncMDNUrl(asyncMdnUrl);
        settings.setRetryCount(0);
        return new AS2Client().sendSynchronous(settings, new AS2ClientRequest(fileName)
                .setData(content, StandardCharsets.ISO_8859_1).setContentType("application/edi-x12").setFilename(fileName));
    }

    @Override
    public void close() throws AS2Exception {
        receiver.stop();
    }

    static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys, String name) throws Exception {
        X500Name subject = new X500Name("CN=" + name);
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private byte[] keyStore(KeyPair keys, X509Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD.toCharArray());
        store.setKeyEntry(as2Id, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return out.toByteArray();
    }

    /** The partner's storage: keeps each payload it received. */
    private final class Keep extends AbstractProcessorModule implements IProcessorStorageModule {

        @Override
        public boolean canHandle(String action, IMessage message, Map<String, Object> options) {
            return DO_STORE.equals(action);
        }

        @Override
        public void handle(String action, IMessage message, Map<String, Object> options) throws AS2Exception {
            try (InputStream in = message.getData().getInputStream()) {
                received.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            } catch (Exception e) {
                throw new AS2Exception("cannot read the payload", e);
            }
        }
    }
}
