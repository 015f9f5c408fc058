package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;
import tools.jackson.databind.JsonNode;

/**
 * The three order feeds in Tryton's records: each record a change of its purchase; one page of a feed from Tryton's
 * two answers, records written since and records created and never written.
 */
class TrytonOrderFeedsTest {

    private final JsonNode recorded = RecordedTryton.answer("purchase-with-changed-and-cancelled-deliveries.json");

    @Test
    void eachMoveOfAPurchaseLineIsAChangeOfItsPurchaseAtItsLastChange() {
        List<OrderChange> changes = TrytonOrderFeeds.changes(OrderChangeFeed.SCHEDULE, recorded.get("moves"));

        assertThat(changes).extracting(OrderChange::orderKey).containsOnly("1");
        assertThat(changes).extracting(OrderChange::feed).containsOnly(OrderChangeFeed.SCHEDULE);
        // Move 1 was never written since Tryton created it: it stands at its creation.
        assertThat(changes).extracting(OrderChange::position).containsExactly(
                new Watermark(Instant.parse("2026-11-30T14:27:36.558697Z"), 1),
                new Watermark(Instant.parse("2026-11-30T14:27:38.150878Z"), 2),
                new Watermark(Instant.parse("2026-11-30T14:27:49.337100Z"), 3),
                new Watermark(Instant.parse("2026-11-30T14:27:43.484372Z"), 4));
    }

    @Test
    void aPurchaseIsAChangeOfItselfAndARecordOfNoPurchaseIsNone() {
        List<OrderChange> purchases = TrytonOrderFeeds.changes(OrderChangeFeed.ORDER, RecordedTryton.sent(List.of(recorded.get("purchase"))));
        JsonNode orphan = RecordedTryton.with(recorded.get("lines").get(0), "purchase", "null");

        assertThat(purchases).extracting(OrderChange::orderKey).containsExactly("1");
        assertThat(TrytonOrderFeeds.changes(OrderChangeFeed.LINE, RecordedTryton.sent(List.of(orphan)))).isEmpty();
    }

    @Test
    void theLineFeedAsksForPurchaseLinesWrittenAfterThePositionAndForThoseCreatedAfterItAndNeverWritten() {
        TrytonOrderFeeds.Source lines = TrytonOrderFeeds.source(OrderChangeFeed.LINE);
        Watermark after = new Watermark(Instant.parse("2026-11-30T14:27:36.107446Z"), 2);
        String time = "{'__class__': 'datetime', 'year': 2026, 'month': 11, 'day': 30, 'hour': 14, 'minute': 27, 'second': 36,"
                + " 'microsecond': 107446}";

        assertThat(lines.model()).isEqualTo("purchase.line");
        assertThat(lines.fields()).containsExactly("purchase", "write_date", "create_date");
        assertThat(RecordedTryton.sent(TrytonOrderFeeds.writtenAfter(lines, after))).isEqualTo(RecordedTryton.json(
                "[['type', '=', 'line'], ['write_date', '!=', null],"
                        + " ['OR', ['write_date', '>', " + time + "], [['write_date', '=', " + time + "], ['id', '>', 2]]]]"));
        assertThat(RecordedTryton.sent(TrytonOrderFeeds.createdAfter(lines, after))).isEqualTo(RecordedTryton.json(
                "[['type', '=', 'line'], ['write_date', '=', null],"
                        + " ['OR', ['create_date', '>', " + time + "], [['create_date', '=', " + time + "], ['id', '>', 2]]]]"));
    }

    @Test
    void theOrderFeedSeesOnlyPurchasesTheSupplierSees() {
        assertThat(RecordedTryton.sent(TrytonOrderFeeds.source(OrderChangeFeed.ORDER).domain()))
                .isEqualTo(RecordedTryton.json("[['state', 'in', ['processing', 'done']]]"));
    }

    @Test
    void writtenAndNeverWrittenRecordsAreMergedInTheOrderOfTheirLastChangeAndCutAtThePageSize() {
        List<OrderChange> written = List.of(change(10, 7, "1"), change(30, 3, "2"), change(50, 9, "3"));
        List<OrderChange> neverWritten = List.of(change(20, 4, "4"), change(30, 5, "5"), change(60, 1, "6"));

        List<OrderChange> page = TrytonOrderFeeds.firstInFeedOrder(written, neverWritten, 4);

        // Same time: the lower id first, whichever answer it came in.
        assertThat(page).extracting(OrderChange::orderKey).containsExactly("1", "4", "2", "5");
    }

    @Test
    void aPageCutAtItsSizeEndsAtARecordFromWhichTheNextPageContinuesWithoutGaps() {
        List<OrderChange> written = List.of(change(10, 1, "1"), change(40, 2, "2"));
        List<OrderChange> neverWritten = List.of(change(20, 3, "3"), change(30, 4, "4"));

        List<OrderChange> first = TrytonOrderFeeds.firstInFeedOrder(written, neverWritten, 2);

        // The next page asks both kinds for what comes after the last one taken: 30#4 and 40#2 are still to come.
        assertThat(first).extracting(OrderChange::orderKey).containsExactly("1", "3");
        assertThat(first.getLast().position()).isLessThan(new Watermark(Instant.ofEpochSecond(30), 4));
    }

    private static OrderChange change(long second, long id, String purchase) {
        return new OrderChange(OrderChangeFeed.SCHEDULE, new Watermark(Instant.ofEpochSecond(second), id), purchase);
    }
}
