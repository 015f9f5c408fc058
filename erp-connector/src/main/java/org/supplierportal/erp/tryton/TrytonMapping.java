package org.supplierportal.erp.tryton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.supplierportal.erp.Watermark;
import org.supplierportal.order.OrderDocument;
import tools.jackson.databind.JsonNode;

/**
 * Tryton's purchases and moves in the portal's terms. Pure: JSON in, documents out, or a sentence saying what is
 * missing. Line numbers are Tryton's line ids: stable across amendments, unlike positions.
 */
final class TrytonMapping {

    static final String SYSTEM = "TRYTON";

    private TrytonMapping() {
    }

    static final List<String> PURCHASE_FIELDS = List.of("number", "reference", "revision", "state", "write_date",
            "create_date", "purchase_date", "party.code", "party.name", "currency.code", "payment_term.rec_name",
            "warehouse.rec_name", "create_uid.rec_name");

    static final List<String> LINE_FIELDS = List.of("purchase", "type", "product.code", "product.rec_name",
            "description", "quantity", "unit.symbol", "unit_price", "delivery_date", "delivery_date_store");

    /** The position of a record in the change feed. */
    static Watermark position(JsonNode record) {
        Instant changed = TrytonValues.toInstant(record.get("write_date"));
        if (changed == null) {
            changed = TrytonValues.toInstant(record.get("create_date"));
        }
        return new Watermark(changed, record.get("id").asLong());
    }

    /** What is missing for the purchase to become an order document, or null when nothing is. */
    static String problem(JsonNode purchase, List<JsonNode> lines) {
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
            if (requestedDate(line) == null) {
                problems.add(where + "it has no delivery date");
            }
        }
        return problems.isEmpty() ? null : "Tryton purchase " + purchase.get("id").asLong() + ": " + String.join("; ", problems);
    }

    static OrderDocument document(JsonNode purchase, List<JsonNode> lines) {
        Watermark position = position(purchase);
        List<OrderDocument.Line> documentLines = lines.stream().map(line -> new OrderDocument.Line(
                (int) line.get("id").asLong(), String.valueOf(line.get("id").asLong()),
                text(line.path("product.").get("code")), null,
                text(line.get("description")) == null ? text(line.path("product.").get("rec_name")) : text(line.get("description")),
                TrytonValues.toDecimal(line.get("quantity")), unit(line), TrytonValues.toDecimal(line.get("unit_price")),
                BigDecimal.ONE, requestedDate(line), List.of())).toList();
        LocalDate ordered = TrytonValues.toDate(purchase.get("purchase_date"));
        return new OrderDocument(SYSTEM, String.valueOf(purchase.get("id").asLong()), text(purchase.get("number")),
                position.changedAt().toEpochMilli(), text(purchase.path("party.").get("code")),
                text(purchase.path("create_uid.").get("rec_name")), null, text(purchase.path("currency.").get("code")),
                text(purchase.path("payment_term.").get("rec_name")), null,
                text(purchase.path("warehouse.").get("rec_name")),
                ordered == null ? LocalDate.ofInstant(position.changedAt(), java.time.ZoneOffset.UTC) : ordered,
                documentLines);
    }

    static LocalDate requestedDate(JsonNode line) {
        LocalDate date = TrytonValues.toDate(line.get("delivery_date"));
        return date != null ? date : TrytonValues.toDate(line.get("delivery_date_store"));
    }

    private static String unit(JsonNode line) {
        String symbol = text(line.path("unit.").get("symbol"));
        return symbol == null ? "u" : symbol;
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }
}
