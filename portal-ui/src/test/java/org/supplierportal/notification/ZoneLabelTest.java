package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A mail's times name their zone so that no reader can take it for another. */
class ZoneLabelTest {

    private static final Instant WINTER = Instant.parse("2026-12-02T16:00:00Z");

    /** Issue 15: a Chinese mail showed "CST", which is also the US Central time. */
    @Test
    void aShortNameOtherZonesShareWithAnotherOffsetGivesWayToTheOffset() {
        assertThat(ZoneLabel.of(ZoneId.of("Asia/Shanghai"), WINTER, Locale.SIMPLIFIED_CHINESE)).isEqualTo("UTC+8");
        assertThat(ZoneLabel.of(ZoneId.of("Asia/Shanghai"), WINTER, Locale.ENGLISH)).isEqualTo("UTC+8");
        assertThat(ZoneLabel.of(ZoneId.of("America/Chicago"), WINTER, Locale.ENGLISH)).isEqualTo("UTC-6");
        assertThat(ZoneLabel.of(ZoneId.of("Asia/Kolkata"), WINTER, Locale.ENGLISH)).isEqualTo("UTC+5:30");
    }

    @Test
    void aShortNameThatNamesOneOffsetOnlyIsKept() {
        assertThat(ZoneLabel.of(ZoneId.of("Europe/Berlin"), WINTER, Locale.GERMAN)).isEqualTo("MEZ");
        assertThat(ZoneLabel.of(ZoneId.of("Europe/Paris"), WINTER, Locale.ENGLISH)).isEqualTo("CET");
        assertThat(ZoneLabel.of(ZoneId.of("UTC"), WINTER, Locale.ENGLISH)).isEqualTo("UTC");
    }

    @Test
    void anOffsetIsWrittenWithItsMinutesOnlyWhenItHasSome() {
        assertThat(ZoneLabel.offset(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(ZoneLabel.offset(ZoneOffset.ofHours(8))).isEqualTo("UTC+8");
        assertThat(ZoneLabel.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("UTC-3:30");
        assertThat(ZoneLabel.offset(ZoneOffset.ofHoursMinutes(5, 45))).isEqualTo("UTC+5:45");
    }
}
