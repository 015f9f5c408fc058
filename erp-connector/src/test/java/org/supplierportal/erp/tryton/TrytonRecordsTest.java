package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.ErpRejectedException;
import tools.jackson.databind.JsonNode;

/** What every Tryton record shares, and Tryton's encodings of dates, times and decimals, both ways. */
class TrytonRecordsTest {

    private final JsonNode move = RecordedTryton.answer("receipts.json").get("moves").get(0);

    @Test
    void aReferenceFieldGivesTheIdOfARecordOfTheModelItNames() {
        assertThat(TrytonRecords.reference(move.get("origin"), "purchase.line")).contains(1L);
        assertThat(TrytonRecords.reference(move.get("shipment"), "stock.shipment.in")).contains(1L);
        assertThat(TrytonRecords.reference(move.get("shipment"), "stock.shipment.out")).isEmpty();
        assertThat(TrytonRecords.reference(move.get("no such field"), "purchase.line")).isEmpty();
    }

    @Test
    void anEmptyTextIsNoText() {
        assertThat(TrytonRecords.text(RecordedTryton.json("''"))).isNull();
        assertThat(TrytonRecords.text(RecordedTryton.json("null"))).isNull();
        assertThat(TrytonRecords.text(move.get("origin"))).isEqualTo("purchase.line,1");
    }

    @Test
    void anIdThatIsNotTrytonsIsRefusedInTheAdminsWords() {
        assertThat(TrytonRecords.id("42", "purchase")).isEqualTo(42L);
        assertThatThrownBy(() -> TrytonRecords.id("4500016512-10", "line")).isInstanceOf(ErpRejectedException.class)
                .hasMessage("'4500016512-10' is not a Tryton line id");
    }

    @Test
    void datesTimesAndDecimalsTravelAsTrytonsClassesAndComeBackUnchanged() {
        LocalDate date = LocalDate.of(2026, 12, 15);
        Instant time = Instant.parse("2026-11-30T16:54:46.459949Z");

        assertThat(TrytonValues.toDate(RecordedTryton.sent(TrytonValues.date(date)))).isEqualTo(date);
        assertThat(TrytonValues.toInstant(RecordedTryton.sent(TrytonValues.dateTime(time)))).isEqualTo(time);
        assertThat(RecordedTryton.sent(TrytonValues.decimal(new BigDecimal("1.80"))))
                .isEqualTo(RecordedTryton.json("{'__class__': 'Decimal', 'decimal': '1.80'}"));
        assertThat(TrytonValues.toDecimal(RecordedTryton.sent(TrytonValues.decimal(new BigDecimal("1.80"))))).isEqualTo("1.80");
        assertThat(TrytonValues.toDecimal(move.get("quantity"))).isEqualByComparingTo("84");
    }
}
