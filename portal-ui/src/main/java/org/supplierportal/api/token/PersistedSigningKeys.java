package org.supplierportal.api.token;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.supplierportal.apiclient.SigningKeyStore;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The token signing keys from PostgreSQL as a JWK set, newest first: the first node ever to start stores an RSA
 * key, every node loads the stored ones. Without this each node would sign with a key of its own, made at start,
 * and a restart would void every token.
 */
final class PersistedSigningKeys {

    private PersistedSigningKeys() {
    }

    static JWKSet load(SigningKeyStore store, CurrentUsers currentUsers) {
        RSAKey candidate = newKey();
        List<String> stored = currentUsers.runAsSystem("token signing keys",
                () -> store.loadOrCreate(candidate.getKeyID(), candidate.toJSONString()));
        return new JWKSet(stored.stream().map(PersistedSigningKeys::parse).toList());
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has RSA", impossible);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException broken) {
            throw new IllegalStateException("A stored token signing key (api_signing_key) cannot be read: " + broken.getMessage(), broken);
        }
    }
}
