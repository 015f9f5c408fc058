package org.supplierportal.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Client secrets: 32 random bytes, kept as a SHA-256 hash, checked against it. */
class ClientSecretEncoderTest {

    private final ClientSecretEncoder encoder = new ClientSecretEncoder();

    @Test
    void aSecretIs32RandomBytesAndNeverTheSameTwice() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = encoder.newSecret();
            assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    void theHashMatchesItsSecretOnlyAndDoesNotContainIt() {
        String secret = encoder.newSecret();
        String stored = encoder.encode(secret);

        assertThat(stored).startsWith("{sha256}").hasSize(8 + 64).doesNotContain(secret);
        assertThat(encoder.matches(secret, stored)).isTrue();
        assertThat(encoder.matches(secret + "x", stored)).isFalse();
        assertThat(encoder.matches(encoder.newSecret(), stored)).isFalse();
        assertThat(encoder.matches(secret, stored.substring(8))).as("a hash without its kind").isFalse();
        assertThat(encoder.matches(secret, null)).isFalse();
    }
}
