package org.supplierportal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver checks a webhook, written from the Standard Webhooks spec and independent of the portal's own
 * signing code: HMAC-SHA256 keyed with the base64-decoded secret after "whsec_", over "id.timestamp.body", base64,
 * compared with each "v1,..." entry of the signature header.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return Arrays.stream(signatureHeader.split(" "))
                .filter(entry -> entry.startsWith("v1,"))
                .anyMatch(entry -> MessageDigest.isEqual(entry.substring(3).getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8)));
    }
}
