package org.supplierportal.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The token of an unsubscribe link: the person and the type, signed with HMAC-SHA256 under the portal's key, so the
 * link works without a log-in and cannot be altered to unsubscribe someone else. The key is made by the first node
 * that needs it and kept in {@code notification_signing_key}, the same on every node. System work only.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
class UnsubscribeTokens {

    /** A person and a type of notification, as a valid token names them. */
    record Subject(UUID userId, NotificationType type) {
    }

    private final JdbcClient jdbc;
    private volatile byte[] key;

    UnsubscribeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String tokenFor(UUID userId, NotificationType type) {
        String payload = userId + "." + type.name();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    /** The person and type of a token, or empty when it is not one this portal signed. */
    Optional<Subject> check(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] given = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(given, sign(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            return Optional.of(new Subject(UUID.fromString(parts[0]), NotificationType.valueOf(parts[1])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into notification_signing_key (id, secret) values (1, :secret) on conflict (id) do nothing")
                    .param("secret", HexFormat.of().formatHex(fresh)).update();
            key = HexFormat.of().parseHex(jdbc.sql("select secret from notification_signing_key where id = 1")
                    .query(String.class).single());
        }
        return key;
    }
}
