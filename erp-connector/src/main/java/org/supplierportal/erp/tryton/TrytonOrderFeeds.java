package org.supplierportal.erp.tryton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.Watermark;
import tools.jackson.databind.JsonNode;

/**
 * The three order feeds in Tryton's records: the purchase (header, amendments, which write it), its lines
 * (quantities, prices, lines added) and the lines' stock moves (on a confirmed purchase Tryton takes a line's delivery
 * date from its draft moves; cancelled moves are cancelled deliveries). Tryton cannot sort by "write date, else
 * creation date", so a page of a feed is two questions, the written records and the never-written ones, merged. Pure.
 */
final class TrytonOrderFeeds {

    /** Where a feed's records live, which of them count, and which field names the purchase they belong to. */
    record Source(String model, List<Object> domain, String purchaseField) {

        /** What to read of each record: the purchase it belongs to and its change times. */
        List<String> fields() {
            return purchaseField == null ? List.of("write_date", "create_date") : List.of(purchaseField, "write_date", "create_date");
        }
    }

    static final List<Object> BY_WRITE_DATE = TrytonRecords.FEED_ORDER;
    static final List<Object> BY_CREATE_DATE = List.of(List.of("create_date", "ASC"), List.of("id", "ASC"));

    private static final Map<OrderChangeFeed, Source> SOURCES = Map.of(
            OrderChangeFeed.ORDER, new Source("purchase.purchase",
                    List.of(List.of("state", "in", TrytonOrderMapping.CONFIRMED)), null),
            OrderChangeFeed.LINE, new Source("purchase.line", List.of(List.of("type", "=", "line")), "purchase"),
            OrderChangeFeed.SCHEDULE, new Source("stock.move", List.of(List.of("origin", "like", "purchase.line,%")), "purchase"));

    private TrytonOrderFeeds() {
    }

    static Source source(OrderChangeFeed feed) {
        return SOURCES.get(feed);
    }

    /** The feed's records written after the position (by write date, then id). */
    static List<Object> writtenAfter(Source source, Watermark after) {
        List<Object> domain = new ArrayList<>(source.domain());
        domain.add(Arrays.asList("write_date", "!=", null));
        domain.add(TrytonRecords.changedAfter(after));
        return domain;
    }

    /** The feed's records created after the position and never written since (by creation date, then id). */
    static List<Object> createdAfter(Source source, Watermark after) {
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        List<Object> domain = new ArrayList<>(source.domain());
        domain.add(Arrays.asList("write_date", "=", null));
        domain.add(List.of("OR", List.of("create_date", ">", time),
                List.of(List.of("create_date", "=", time), List.of("id", ">", after.id()))));
        return domain;
    }

    /** Each record as a change of the purchase it belongs to; records that belong to none are passed over. */
    static List<OrderChange> changes(OrderChangeFeed feed, JsonNode records) {
        Source source = source(feed);
        List<OrderChange> changes = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode purchase = source.purchaseField() == null ? record.get("id") : record.get(source.purchaseField());
            if (purchase != null && !purchase.isNull()) {
                changes.add(new OrderChange(feed, TrytonRecords.position(record), String.valueOf(purchase.asLong())));
            }
        }
        return changes;
    }

    /** Two lists in feed order merged into one, cut at {@code limit}: what one page of the feed would have been. */
    static List<OrderChange> firstInFeedOrder(List<OrderChange> one, List<OrderChange> other, int limit) {
        List<OrderChange> merged = new ArrayList<>(one);
        merged.addAll(other);
        merged.sort(Comparator.comparing(OrderChange::position));
        return merged.size() > limit ? List.copyOf(merged.subList(0, limit)) : merged;
    }
}
