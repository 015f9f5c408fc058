package org.supplierportal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so a copy of the
 * database holds no usable link; a hash of a random value needs no salt.
 */
record InvitationToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static InvitationToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new InvitationToken(value, hashOf(value));
    }

    static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
