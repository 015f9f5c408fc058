package org.supplierportal.erp.tryton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.order.OrderDocument;
import tools.jackson.databind.JsonNode;

/**
 * Purchases in: the changes of the three order feeds ({@link TrytonOrderFeeds}), and each touched purchase read
 * whole, purchases, lines and moves in three calls for any number of purchases ({@link TrytonOrderMapping}).
 */
final class TrytonOrders {

    private static final List<Object> BY_ID = List.of(List.of("id", "ASC"));

    private final TrytonClient client;

    TrytonOrders(TrytonClient client) {
        this.client = client;
    }

    /** The feed's records changed after the position, in the order of their last change, at most {@code limit}. */
    List<OrderChange> changes(OrderChangeFeed feed, Watermark after, int limit) {
        TrytonOrderFeeds.Source source = TrytonOrderFeeds.source(feed);
        List<OrderChange> changedSince = TrytonOrderFeeds.changes(feed, client.searchRead(source.model(),
                TrytonOrderFeeds.writtenAfter(source, after), 0, limit, TrytonOrderFeeds.BY_WRITE_DATE, source.fields()));
        List<OrderChange> createdSince = TrytonOrderFeeds.changes(feed, client.searchRead(source.model(),
                TrytonOrderFeeds.createdAfter(source, after), 0, limit, TrytonOrderFeeds.BY_CREATE_DATE, source.fields()));
        return TrytonOrderFeeds.firstInFeedOrder(changedSince, createdSince, limit);
    }

    /** The confirmed purchases among these ids, whole, as documents (or the reason one cannot be). */
    List<PulledRecord<OrderDocument>> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonNode purchases = client.searchRead("purchase.purchase", List.of(List.of("id", "in", List.copyOf(ids)),
                List.of("state", "in", TrytonOrderMapping.CONFIRMED)), 0, null, BY_ID, TrytonOrderMapping.PURCHASE_FIELDS);
        List<Long> found = new ArrayList<>();
        purchases.forEach(purchase -> found.add(purchase.get("id").asLong()));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<JsonNode>> linesByPurchase = byPurchase(client.searchRead("purchase.line", List.of(
                List.of("purchase", "in", found), List.of("type", "=", "line")), 0, null, BY_ID, TrytonOrderMapping.LINE_FIELDS));
        Map<Long, List<JsonNode>> movesByPurchase = byPurchase(client.searchRead("stock.move", List.of(
                List.of("purchase", "in", found)), 0, null, BY_ID, TrytonOrderMapping.MOVE_FIELDS));
        List<PulledRecord<OrderDocument>> records = new ArrayList<>();
        for (JsonNode purchase : purchases) {
            long id = purchase.get("id").asLong();
            records.add(TrytonOrderMapping.record(purchase, linesByPurchase.getOrDefault(id, List.of()),
                    movesByPurchase.getOrDefault(id, List.of())));
        }
        return records;
    }

    private static Map<Long, List<JsonNode>> byPurchase(JsonNode records) {
        Map<Long, List<JsonNode>> byPurchase = new LinkedHashMap<>();
        records.forEach(record -> byPurchase.computeIfAbsent(record.get("purchase").asLong(), id -> new ArrayList<>()).add(record));
        return byPurchase;
    }
}
