package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcknowledgmentDeadlineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "received {0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-23T09:00:00+01:00, 2, 2026-11-25T09:00:00+01:00",   // Monday -> Wednesday
            "2026-11-27T15:00:00+01:00, 2, 2026-12-01T15:00:00+01:00",   // Friday -> Tuesday, over the weekend
            "2026-11-28T10:00:00+01:00, 2, 2026-12-02T00:00:00+01:00",   // Saturday counts from Monday morning
            "2026-11-26T23:30:00+01:00, 1, 2026-11-27T23:30:00+01:00"})  // Thursday -> Friday
    void countsWorkingDaysOnly(String received, int days, String expected) {
        Instant due = AcknowledgmentDeadline.dueAt(java.time.OffsetDateTime.parse(received).toInstant(), days, BERLIN);

        assertThat(due).isEqualTo(java.time.OffsetDateTime.parse(expected).toInstant());
    }
}
