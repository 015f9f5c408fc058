package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/** One page of a feed from Tryton's two answers: records written since, and records created and never written. */
class TrytonOrderFeedsTest {

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
