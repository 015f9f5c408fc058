package org.supplierportal.api.v1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

/**
 * ETags and If-Match. A resource's ETag is a hash of its representation, so it changes with anything the caller can
 * see. A change to a resource that has versions (an ASN, a quality incident) needs If-Match with the ETag the caller
 * last read: 428 without it, 412 when the resource changed since. The same hash fingerprints a request body for
 * Idempotency-Key.
 */
final class ApiPreconditions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiPreconditions() {
    }

    /** The resource changed since the caller read it. */
    static final class StaleException extends RuntimeException {
        StaleException() {
            super("The resource changed since you read it: GET it again, check the change still makes sense, and send"
                    + " it with the new ETag in If-Match.");
        }
    }

    /** A change sent without If-Match where one is required. */
    static final class MissingException extends RuntimeException {
        MissingException() {
            super("Send the ETag you last read in If-Match, so a change made meanwhile by someone else is not overwritten.");
        }
    }

    /** A strong ETag, quoted: the first 128 bits of the SHA-256 of the representation as JSON. */
    static String etag(Object representation) {
        return "\"" + fingerprintOf(representation).substring(0, 32) + "\"";
    }

    /** SHA-256 of a value as JSON, hex. */
    static String fingerprintOf(Object value) {
        return fingerprintOfBytes(JSON.writeValueAsBytes(value));
    }

    /** SHA-256 of the parts (each ended by a zero byte, so parts cannot run into each other), hex. */
    static String fingerprintOfBytes(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Arrays.stream(parts).forEach(part -> {
                digest.update(part);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Refuses a change whose If-Match is missing (428) or not the current ETag (412); {@code *} matches any. */
    static void requireMatch(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingException();
        }
        checkMatch(ifMatch, current);
    }

    /** Refuses a change whose If-Match, if sent, is not the current ETag (412). */
    static void checkMatch(String ifMatch, Object current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String etag = etag(current);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(etag::equals);
        if (!matches) {
            throw new StaleException();
        }
    }
}
