package org.supplierportal.erp.tryton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
 * Purchases as the portal's orders. Changes come from three feeds, one per record that carries what a supplier must
 * deliver: the purchase (header, amendments, which write it), its lines (quantities, prices, lines added) and the
 * lines' stock moves (on a confirmed purchase Tryton takes a line's delivery date from its draft moves; cancelled
 * moves are cancelled deliveries). A touched purchase is then read whole: purchases, lines and moves in three calls
 * for any number of purchases.
 */
final class TrytonOrders {

    private static final List<String> CONFIRMED = List.of("processing", "done");

    /** Where a feed's records live, which of them count, and which field names the purchase they belong to. */
    private record Source(String model, List<Object> domain, String purchaseField) {
    }

    private static final Map<OrderChangeFeed, Source> SOURCES = Map.of(
            OrderChangeFeed.ORDER, new Source("purchase.purchase", List.of(List.of("state", "in", CONFIRMED)), null),
            OrderChangeFeed.LINE, new Source("purchase.line", List.of(List.of("type", "=", "line")), "purchase"),
            OrderChangeFeed.SCHEDULE, new Source("stock.move", List.of(List.of("origin", "like", "purchase.line,%")), "purchase"));

    private final TrytonClient client;

    TrytonOrders(TrytonClient client) {
        this.client = client;
    }

    /**
     * The feed's records changed after the position, in the order of their last change: the write date, or the
     * creation date for records never written since (Tryton leaves their write date empty). Tryton cannot sort by
     * "write date, else creation date", so the written and the never-written records are asked for separately and
     * merged.
     */
    List<OrderChange> changes(OrderChangeFeed feed, Watermark after, int limit) {
        Source source = SOURCES.get(feed);
        List<String> fields = source.purchaseField() == null ? List.of("write_date", "create_date")
                : List.of(source.purchaseField(), "write_date", "create_date");
        Map<String, Object> time = TrytonValues.dateTime(after.changedAt());
        List<Object> written = new ArrayList<>(source.domain());
        written.add(Arrays.asList("write_date", "!=", null));
        written.add(List.of("OR", List.of("write_date", ">", time), List.of(List.of("write_date", "=", time), List.of("id", ">", after.id()))));
        List<Object> neverWritten = new ArrayList<>(source.domain());
        neverWritten.add(Arrays.asList("write_date", "=", null));
        neverWritten.add(List.of("OR", List.of("create_date", ">", time), List.of(List.of("create_date", "=", time), List.of("id", ">", after.id()))));
        List<OrderChange> changedSince = toChanges(feed, source, client.searchRead(source.model(), written, 0, limit,
                List.of(List.of("write_date", "ASC"), List.of("id", "ASC")), fields));
        List<OrderChange> createdSince = toChanges(feed, source, client.searchRead(source.model(), neverWritten, 0, limit,
                List.of(List.of("create_date", "ASC"), List.of("id", "ASC")), fields));
        return firstInFeedOrder(changedSince, createdSince, limit);
    }

    private static List<OrderChange> toChanges(OrderChangeFeed feed, Source source, JsonNode records) {
        List<OrderChange> changes = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode purchase = source.purchaseField() == null ? record.get("id") : record.get(source.purchaseField());
            if (purchase != null && !purchase.isNull()) {
                changes.add(new OrderChange(feed, TrytonMapping.position(record), String.valueOf(purchase.asLong())));
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

    /** The confirmed purchases among these ids, whole, as documents (or the reason one cannot be). */
    List<PulledRecord<OrderDocument>> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        JsonNode purchases = client.searchRead("purchase.purchase", List.of(List.of("id", "in", List.copyOf(ids)),
                List.of("state", "in", CONFIRMED)), 0, null, List.of(List.of("id", "ASC")), TrytonMapping.PURCHASE_FIELDS);
        List<Long> found = new ArrayList<>();
        purchases.forEach(purchase -> found.add(purchase.get("id").asLong()));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<JsonNode>> linesByPurchase = group(client.searchRead("purchase.line", List.of(
                List.of("purchase", "in", found), List.of("type", "=", "line")), 0, null, List.of(List.of("id", "ASC")),
                TrytonMapping.LINE_FIELDS), "purchase");
        Map<Long, List<JsonNode>> movesByPurchase = group(client.searchRead("stock.move", List.of(
                List.of("purchase", "in", found)), 0, null, List.of(List.of("id", "ASC")), TrytonMapping.MOVE_FIELDS), "purchase");
        List<PulledRecord<OrderDocument>> records = new ArrayList<>();
        for (JsonNode purchase : purchases) {
            long id = purchase.get("id").asLong();
            List<JsonNode> lines = linesByPurchase.getOrDefault(id, List.of());
            List<JsonNode> moves = movesByPurchase.getOrDefault(id, List.of());
            Watermark position = TrytonMapping.position(purchase);
            String raw = "{\"purchase\":" + purchase + ",\"lines\":" + lines + ",\"moves\":" + moves + "}";
            String subject = "Tryton purchase " + TrytonMapping.text(purchase.get("number")) + " (id " + id + ")";
            String problem = TrytonMapping.problem(purchase, lines, moves);
            records.add(problem == null
                    ? PulledRecord.mapped(position, String.valueOf(id), subject, raw, TrytonMapping.document(purchase, lines, moves))
                    : PulledRecord.unmappable(position, String.valueOf(id), subject, raw, problem));
        }
        return records;
    }

    private static Map<Long, List<JsonNode>> group(JsonNode records, String purchaseField) {
        Map<Long, List<JsonNode>> byPurchase = new LinkedHashMap<>();
        records.forEach(record -> byPurchase.computeIfAbsent(record.get(purchaseField).asLong(), id -> new ArrayList<>()).add(record));
        return byPurchase;
    }
}
