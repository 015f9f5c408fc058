package org.supplierportal.api.token;

import java.security.Key;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The API's token check (for Spring's decoder), with the signing keys' public halves converted to Java keys once. The general selector
 * converted every stored key (the private half too) from its JSON on every call: a tenth of an API call's CPU in the
 * benchmark (docs/benchmarks.md). Only RS256 (what the token endpoint signs with) and only a key named by the token's
 * {@code kid} verify it.
 */
final class ApiTokenKeys {

    private ApiTokenKeys() {
    }

    static DefaultJWTProcessor<SecurityContext> processor(JWKSet keys) {
        Map<String, Key> publicKeys = keys.toPublicJWKSet().getKeys().stream()
                .collect(Collectors.toUnmodifiableMap(JWK::getKeyID, ApiTokenKeys::publicKey));
        JWSKeySelector<SecurityContext> selector = (header, context) -> JWSAlgorithm.RS256.equals(header.getAlgorithm())
                && header.getKeyID() != null && publicKeys.containsKey(header.getKeyID())
                ? List.of(publicKeys.get(header.getKeyID())) : List.of();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(selector);
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // Spring's decoder validates the claims (expiry, issuer), as its own builder leaves it
        });
        return processor;
    }

    private static Key publicKey(JWK key) {
        try {
            return ((RSAKey) key).toRSAPublicKey();
        } catch (JOSEException | ClassCastException unusable) {
            throw new IllegalStateException("The token signing key " + key.getKeyID() + " is not an RSA key: " + unusable.getMessage(), unusable);
        }
    }
}
