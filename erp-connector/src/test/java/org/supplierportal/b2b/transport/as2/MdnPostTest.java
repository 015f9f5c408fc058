package org.supplierportal.b2b.transport.as2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MdnPostTest {

    private static final byte[] SIGNED_BODY = ("------=_Part_1\r\nContent-Type: multipart/report\r\n\r\nprocessed \u00e9\r\n"
            + "------=_Part_1--\r\n").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theStoredTextGivesBackTheSameHeadersAndEveryByteOfTheBody() {
        MdnPost post = new MdnPost(Map.of("AS2-From", "PORTAL", "Message-ID", "<mdn-1@portal>",
                "Content-Type", "multipart/signed; boundary=\"----=_Part_1\""), SIGNED_BODY);

        MdnPost again = MdnPost.fromRaw(post.raw());

        assertThat(again.headers()).isEqualTo(post.headers());
        assertThat(again.body()).isEqualTo(SIGNED_BODY);
    }

    @Test
    void foldedHeadersAreUnfoldedAndHeadersTheHttpClientSetsAreLeftOut() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\";\r\n\tmicalg=sha-256");
        headers.put("Content-Length", "1234");
        headers.put("Connection", "close");

        MdnPost post = new MdnPost(headers, SIGNED_BODY);

        assertThat(post.headers()).containsExactly(
                Map.entry("Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256"));
    }

    @Test
    void textWithoutABlankLineAfterTheHeadersIsNotAStoredMdn() {
        assertThatThrownBy(() -> MdnPost.fromRaw("AS2-From: PORTAL\r\nnot a body"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no blank line");
    }
}
