package org.supplierportal.erp.tryton;

import static org.supplierportal.erp.tryton.TrytonRecords.SYSTEM;
import static org.supplierportal.erp.tryton.TrytonRecords.position;
import static org.supplierportal.erp.tryton.TrytonRecords.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.order.OrderDocument;
import tools.jackson.databind.JsonNode;

/**
 * Tryton's purchases, their lines and the lines' stock moves in the portal's terms. Pure: JSON in, documents out, or a
 * sentence saying what is missing. Line numbers are Tryton's line ids: stable across amendments, unlike positions.
 */
final class TrytonOrderMapping {

    /** The states of a purchase the supplier sees: confirmed and being delivered, or done. */
    static final List<String> CONFIRMED = List.of("processing", "done");

    private TrytonOrderMapping() {
    }

    static final List<String> PURCHASE_FIELDS = List.of("number", "reference", "revision", "state", "write_date",
            "create_date", "purchase_date", "party.code", "party.name", "currency.code", "payment_term.rec_name",
            "warehouse.rec_name", "create_uid.rec_name");

    static final List<String> LINE_FIELDS = List.of("purchase", "type", "product.code", "product.rec_name",
            "description", "quantity", "unit.symbol", "unit_price", "delivery_date", "delivery_date_store", "write_date",
            "create_date");

    static final List<String> MOVE_FIELDS = List.of("purchase", "origin", "state", "quantity", "planned_date",
            "purchase_exception_state", "write_date", "create_date");

    /** The purchase read whole: its document, or why it cannot be one; the raw records for a dead letter. */
    static PulledRecord<OrderDocument> record(JsonNode purchase, List<JsonNode> lines, List<JsonNode> moves) {
        long id = purchase.get("id").asLong();
        Watermark position = position(purchase);
        String raw = "{\"purchase\":" + purchase + ",\"lines\":" + lines + ",\"moves\":" + moves + "}";
        String subject = "Tryton purchase " + text(purchase.get("number")) + " (id " + id + ")";
        String problem = problem(purchase, lines, moves);
        return problem == null
                ? PulledRecord.mapped(position, String.valueOf(id), subject, raw, document(purchase, lines, moves))
                : PulledRecord.unmappable(position, String.valueOf(id), subject, raw, problem);
    }

    /** What is missing for the purchase to become an order document, or null when nothing is. */
    static String problem(JsonNode purchase, List<JsonNode> lines, List<JsonNode> moves) {
        Map<Long, List<JsonNode>> movesByLine = movesByLine(moves);
        List<String> problems = new ArrayList<>();
        if (text(purchase.path("party.").get("code")) == null) {
            problems.add("the supplier " + text(purchase.path("party.").get("name")) + " has no party code");
        }
        if (text(purchase.path("currency.").get("code")) == null) {
            problems.add("it has no currency");
        }
        if (text(purchase.get("number")) == null) {
            problems.add("it has no number");
        }
        if (lines.isEmpty()) {
            problems.add("it has no lines");
        }
        for (JsonNode line : lines) {
            String where = "line " + line.get("id").asLong() + ": ";
            if (text(line.path("product.").get("code")) == null) {
                problems.add(where + "its product has no code");
            }
            if (requestedDate(line, movesByLine.getOrDefault(line.get("id").asLong(), List.of())) == null) {
                problems.add(where + "it has no delivery date");
            }
        }
        return problems.isEmpty() ? null : "Tryton purchase " + purchase.get("id").asLong() + ": " + String.join("; ", problems);
    }

    /**
     * The purchase as the supplier must deliver it. A line's quantity is what is ordered less its cancelled
     * deliveries (cancelled moves that were not recreated); a line with nothing left is cancelled and not in the
     * document. Its date is the earliest planned date of its deliveries (not the date one was received). The ERP
     * revision is the latest change of the purchase, its lines or their moves, so it grows with a change at any level.
     */
    static OrderDocument document(JsonNode purchase, List<JsonNode> lines, List<JsonNode> moves) {
        Map<Long, List<JsonNode>> movesByLine = movesByLine(moves);
        List<OrderDocument.Line> documentLines = new ArrayList<>();
        for (JsonNode line : lines) {
            List<JsonNode> lineMoves = movesByLine.getOrDefault(line.get("id").asLong(), List.of());
            BigDecimal quantity = quantityToDeliver(line, lineMoves);
            if (quantity.signum() <= 0) {
                continue;
            }
            documentLines.add(new OrderDocument.Line((int) line.get("id").asLong(), String.valueOf(line.get("id").asLong()),
                    text(line.path("product.").get("code")), null,
                    text(line.get("description")) == null ? text(line.path("product.").get("rec_name")) : text(line.get("description")),
                    quantity, unit(line), TrytonValues.toDecimal(line.get("unit_price")), BigDecimal.ONE,
                    requestedDate(line, lineMoves), List.of()));
        }
        Watermark position = position(purchase);
        LocalDate ordered = TrytonValues.toDate(purchase.get("purchase_date"));
        return new OrderDocument(SYSTEM, String.valueOf(purchase.get("id").asLong()), text(purchase.get("number")),
                revisionMarker(purchase, lines, moves), text(purchase.path("party.").get("code")),
                text(purchase.path("create_uid.").get("rec_name")), null, text(purchase.path("currency.").get("code")),
                text(purchase.path("payment_term.").get("rec_name")), null,
                text(purchase.path("warehouse.").get("rec_name")),
                ordered == null ? LocalDate.ofInstant(position.changedAt(), java.time.ZoneOffset.UTC) : ordered,
                documentLines);
    }

    /** The latest change of any of the records, in epoch milliseconds. */
    static long revisionMarker(JsonNode purchase, List<JsonNode> lines, List<JsonNode> moves) {
        Instant latest = position(purchase).changedAt();
        for (List<JsonNode> records : List.of(lines, moves)) {
            for (JsonNode record : records) {
                Instant changed = position(record).changedAt();
                latest = changed.isAfter(latest) ? changed : latest;
            }
        }
        return latest.toEpochMilli();
    }

    /** Ordered less cancelled deliveries; a recreated delivery was replaced by a new move, so it still counts. */
    static BigDecimal quantityToDeliver(JsonNode line, List<JsonNode> moves) {
        BigDecimal quantity = TrytonValues.toDecimal(line.get("quantity"));
        for (JsonNode move : moves) {
            if ("cancelled".equals(text(move.get("state"))) && !"recreated".equals(text(move.get("purchase_exception_state")))) {
                quantity = quantity.subtract(TrytonValues.toDecimal(move.get("quantity")));
            }
        }
        return quantity;
    }

    /** The earliest planned date of the line's deliveries that are not cancelled, else the line's own date. */
    static LocalDate requestedDate(JsonNode line, List<JsonNode> moves) {
        return moves.stream().filter(move -> !"cancelled".equals(text(move.get("state"))))
                .map(move -> TrytonValues.toDate(move.get("planned_date"))).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElseGet(() -> requestedDate(line));
    }

    private static Map<Long, List<JsonNode>> movesByLine(List<JsonNode> moves) {
        Map<Long, List<JsonNode>> byLine = new HashMap<>();
        for (JsonNode move : moves) {
            TrytonRecords.reference(move.get("origin"), "purchase.line")
                    .ifPresent(line -> byLine.computeIfAbsent(line, id -> new ArrayList<>()).add(move));
        }
        return byLine;
    }

    static LocalDate requestedDate(JsonNode line) {
        LocalDate date = TrytonValues.toDate(line.get("delivery_date"));
        return date != null ? date : TrytonValues.toDate(line.get("delivery_date_store"));
    }

    private static String unit(JsonNode line) {
        String symbol = text(line.path("unit.").get("symbol"));
        return symbol == null ? "u" : symbol;
    }
}
