package org.supplierportal.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WatermarkTest {

    @Test
    void isStoredAsTextAndReadBackExactly() {
        Watermark position = new Watermark(Instant.parse("2026-11-30T14:27:49.401385Z"), 42);

        assertThat(Watermark.parse(position.format())).isEqualTo(position);
        assertThat(Watermark.parse(null)).isEqualTo(Watermark.BEGINNING);
    }

    @Test
    void ordersByTimeThenById() {
        Watermark earlier = new Watermark(Instant.ofEpochSecond(10), 99);
        Watermark sameTimeHigherId = new Watermark(Instant.ofEpochSecond(20), 2);
        Watermark later = new Watermark(Instant.ofEpochSecond(20), 1);

        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(sameTimeHigherId);
        assertThat(later.max(earlier)).isEqualTo(later);
    }
}
