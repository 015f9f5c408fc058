package org.supplierportal.erp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

class OrderChangeSetTest {

    @Test
    void anOrderTouchedInSeveralFeedsIsReadOnceInTheOrderItWasFirstTouched() {
        OrderChangeSet changes = new OrderChangeSet();
        changes.add(List.of(change(OrderChangeFeed.ORDER, 10, 1, "17"), change(OrderChangeFeed.ORDER, 11, 2, "4")));
        changes.add(List.of(change(OrderChangeFeed.LINE, 12, 40, "4"), change(OrderChangeFeed.LINE, 12, 41, "4"),
                change(OrderChangeFeed.LINE, 13, 42, "9")));
        changes.add(List.of(change(OrderChangeFeed.SCHEDULE, 9, 70, "17")));

        assertThat(changes.pendingOrders()).extracting(PendingOrder::key).containsExactly("17", "4", "9");
        assertThat(changes.orderCount()).isEqualTo(3);
    }

    @Test
    void onlyTheLastOrderMovesTheFeedsEachToTheLatestChangeItRead() {
        OrderChangeSet changes = new OrderChangeSet();
        changes.add(List.of(change(OrderChangeFeed.LINE, 13, 42, "9"), change(OrderChangeFeed.LINE, 12, 41, "4")));
        changes.add(List.of(change(OrderChangeFeed.SCHEDULE, 9, 70, "17")));

        List<PendingOrder> pending = changes.pendingOrders();

        assertThat(pending.subList(0, 2)).allSatisfy(order -> assertThat(order.advanceFeedsTo()).isEmpty());
        assertThat(pending.getLast().advanceFeedsTo()).isEqualTo(Map.of(
                OrderChangeFeed.LINE, new Watermark(Instant.ofEpochSecond(13), 42),
                OrderChangeFeed.SCHEDULE, new Watermark(Instant.ofEpochSecond(9), 70)));
    }

    @Test
    void noChangesNothingToRead() {
        assertThat(new OrderChangeSet().pendingOrders()).isEmpty();
    }

    static OrderChange change(OrderChangeFeed feed, long second, long id, String order) {
        return new OrderChange(feed, new Watermark(Instant.ofEpochSecond(second), id), order);
    }
}
