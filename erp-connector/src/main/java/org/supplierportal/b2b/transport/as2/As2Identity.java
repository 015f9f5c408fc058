package org.supplierportal.b2b.transport.as2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;
import org.supplierportal.b2b.B2bProperties;

/**
 * The portal's own AS2 side: its AS2 ID, private key and certificate, from the configured PKCS#12 key store. When the
 * file is missing (the demo start), a self-signed RSA pair is generated and kept there, so restarts keep it and
 * partners need the certificate only once.
 */
@Component
public class As2Identity {

    static final String ALIAS = "portal";

    private final String id;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    As2Identity(B2bProperties properties, Clock clock) {
        B2bProperties.As2 as2 = properties.as2();
        this.id = as2.id();
        char[] password = as2.keyStorePassword().toCharArray();
        try {
            KeyStore store = Files.exists(as2.keyStore()) ? load(as2.keyStore(), password)
                    : generate(as2.keyStore(), as2.id(), password, clock);
            String alias = Collections.list(store.aliases()).stream().filter(name -> isKey(store, name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the AS2 key store " + as2.keyStore() + " holds no private key"));
            this.privateKey = (PrivateKey) store.getKey(alias, password);
            this.certificate = (X509Certificate) store.getCertificate(alias);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read or create the AS2 key store " + as2.keyStore()
                    + " (portal.b2b.as2.key-store, portal.b2b.as2.key-store-password): " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static KeyStore generate(Path file, String as2Id, char[] password, Clock clock)
            throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {selfSigned(pair, as2Id, clock)});
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return store;
    }

    static X509Certificate selfSigned(KeyPair pair, String commonName, Clock clock) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=" + commonName.replaceAll("[,=+<>#;\"\\\\]", "_"));
        Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
        Date to = Date.from(clock.instant().plus(Duration.ofDays(3650)));
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(clock.millis()), from, to, name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the AS2 certificate", e);
        }
    }
}
