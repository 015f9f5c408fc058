package org.supplierportal.erp.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supplierportal.erp.inbound.OrderChangeSetTest.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;

/** The reader against a scripted ERP: a stand-in for the ERP's side of the port, which is not ours. */
class OrderChangesReaderTest {

    /** An ERP with a fixed list of changes per feed, answering pages as a real one does; it counts the calls. */
    static final class ScriptedErp implements ErpAdapter {

        final Map<OrderChangeFeed, List<OrderChange>> feeds = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public String system() {
            return "SCRIPTED";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.PULL_ORDERS);
        }

        @Override
        public List<OrderChange> pullOrderChanges(OrderChangeFeed feed, Watermark after, int limit) {
            calls.add(feed + " after " + after.id());
            return feeds.getOrDefault(feed, List.of()).stream().filter(change -> change.position().compareTo(after) > 0)
                    .limit(limit).toList();
        }
    }

    @Test
    void readsEveryFeedPageByPageFromItsOwnStartAndHandsOutEachOrderOnce() {
        ScriptedErp erp = new ScriptedErp();
        erp.feeds.put(OrderChangeFeed.ORDER, List.of(change(OrderChangeFeed.ORDER, 5, 1, "1"),
                change(OrderChangeFeed.ORDER, 6, 2, "2"), change(OrderChangeFeed.ORDER, 7, 3, "3")));
        erp.feeds.put(OrderChangeFeed.SCHEDULE, List.of(change(OrderChangeFeed.SCHEDULE, 1, 10, "1"),
                change(OrderChangeFeed.SCHEDULE, 8, 11, "4")));
        Map<OrderChangeFeed, Watermark> starts = new LinkedHashMap<>();
        starts.put(OrderChangeFeed.ORDER, change(OrderChangeFeed.ORDER, 5, 1, "x").position());
        starts.put(OrderChangeFeed.SCHEDULE, Watermark.BEGINNING);

        List<PendingOrder> read = readAll(new OrderChangesReader(erp, starts, 1, 100));

        // Order 1's own change lies before the order feed's start; its move changed since: read for that.
        assertThat(read).extracting(PendingOrder::key).containsExactly("2", "3", "1", "4");
        assertThat(erp.calls).containsExactly("ORDER after 1", "ORDER after 2", "ORDER after 3",
                "SCHEDULE after 0", "SCHEDULE after 10", "SCHEDULE after 11");
        assertThat(read.getLast().advanceFeedsTo()).containsEntry(OrderChangeFeed.ORDER, change(OrderChangeFeed.ORDER, 7, 3, "3").position())
                .containsEntry(OrderChangeFeed.SCHEDULE, change(OrderChangeFeed.SCHEDULE, 8, 11, "4").position());
    }

    @Test
    void aRunStopsAtItsLimitBetweenPagesAndLeavesTheRestForTheNextRun() {
        ScriptedErp erp = new ScriptedErp();
        erp.feeds.put(OrderChangeFeed.ORDER, List.of(change(OrderChangeFeed.ORDER, 5, 1, "1"),
                change(OrderChangeFeed.ORDER, 6, 2, "2"), change(OrderChangeFeed.ORDER, 7, 3, "3")));
        erp.feeds.put(OrderChangeFeed.LINE, List.of(change(OrderChangeFeed.LINE, 8, 20, "9")));
        Map<OrderChangeFeed, Watermark> starts = new LinkedHashMap<>();
        starts.put(OrderChangeFeed.ORDER, Watermark.BEGINNING);
        starts.put(OrderChangeFeed.LINE, Watermark.BEGINNING);

        List<PendingOrder> read = readAll(new OrderChangesReader(erp, starts, 2, 2));

        assertThat(read).extracting(PendingOrder::key).containsExactly("1", "2");
        assertThat(read.getLast().advanceFeedsTo()).isEqualTo(Map.of(OrderChangeFeed.ORDER,
                change(OrderChangeFeed.ORDER, 6, 2, "2").position()));
    }

    private static List<PendingOrder> readAll(OrderChangesReader reader) {
        List<PendingOrder> read = new ArrayList<>();
        for (PendingOrder order = reader.read(); order != null; order = reader.read()) {
            read.add(order);
        }
        return read;
    }
}
