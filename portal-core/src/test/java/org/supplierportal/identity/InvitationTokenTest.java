package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationTokenTest {

    @Test
    void aTokenIsUrlSafeUniqueAndStoredOnlyAsItsHash() {
        InvitationToken one = InvitationToken.generate();
        InvitationToken two = InvitationToken.generate();

        assertThat(one.value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.value());
        assertThat(one.hash()).hasSize(64).isEqualTo(InvitationToken.hashOf(one.value())).doesNotContain(one.value());
    }

    @Test
    void theHashIsSha256OfTheLinkText() {
        // SHA-256 of "abc", from FIPS 180-2's examples.
        assertThat(InvitationToken.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
