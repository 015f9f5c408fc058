package org.supplierportal.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API client secrets: 32 random bytes made by the portal, kept as {@code {sha256}<hex>} and compared in constant
 * time. A fast hash is enough for a secret nobody chose: there is no dictionary to try and 2^256 values to search,
 * while BCrypt would cost every token request ~70 ms of CPU. People's passwords are not such secrets and stay on
 * BCrypt. Used by the token endpoint to check a client's secret.
 */
public final class ClientSecretEncoder implements PasswordEncoder {

    public static final String PREFIX = "{sha256}";
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** A new secret, as the administrator sees it once: 43 characters, base64url. */
    public String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String encode(CharSequence secret) {
        return PREFIX + HexFormat.of().formatHex(sha256(secret));
    }

    @Override
    public boolean matches(CharSequence secret, String stored) {
        if (secret == null || stored == null || !stored.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = stored.substring(PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = HexFormat.of().formatHex(sha256(secret)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] sha256(CharSequence text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
