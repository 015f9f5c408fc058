package org.supplierportal.b2b.transport.as2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsyncMdnCheckTest {

    private static final String MIC = "Lk0Trv0EGzGbYTt+5Ix2Yd7uNbsm3pXG4eSH6ypdsdU=, sha-256";

    @Test
    void processedWithTheMicOfWhatWasSentAcknowledges() {
        AsyncMdnCheck.Verdict verdict = AsyncMdnCheck.verdict("automatic-action/MDN-sent-automatically; processed", MIC,
                "Lk0Trv0EGzGbYTt+5Ix2Yd7uNbsm3pXG4eSH6ypdsdU=,sha-256");

        assertThat(verdict.acknowledged()).as(verdict.reason()).isTrue();
    }

    @Test
    void anErrorDispositionDoesNotAcknowledge() {
        AsyncMdnCheck.Verdict verdict = AsyncMdnCheck.verdict(
                "automatic-action/MDN-sent-automatically; processed/Error: decryption-failed", MIC, MIC);

        assertThat(verdict.acknowledged()).isFalse();
        assertThat(verdict.reason()).contains("decryption-failed");
    }

    @Test
    void anotherMicMeansThePartnerReceivedOtherBytes() {
        AsyncMdnCheck.Verdict verdict = AsyncMdnCheck.verdict("automatic-action/MDN-sent-automatically; processed", MIC,
                "AAAArv0EGzGbYTt+5Ix2Yd7uNbsm3pXG4eSH6ypdsdU=, sha-256");

        assertThat(verdict.acknowledged()).isFalse();
        assertThat(verdict.reason()).contains("other bytes");
    }

    @Test
    void noMicOrAnUnreadableOneIsNoProof() {
        assertThat(AsyncMdnCheck.verdict("automatic-action/MDN-sent-automatically; processed", MIC, null).acknowledged()).isFalse();
        assertThat(AsyncMdnCheck.verdict("automatic-action/MDN-sent-automatically; processed", MIC, "not base64!, sha-256")
                .acknowledged()).isFalse();
    }
}
