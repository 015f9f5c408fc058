package org.supplierportal.erp.tryton;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.CommitmentMessage;
import tools.jackson.databind.JsonNode;

/**
 * A commitment in Tryton's terms: the ship date on the purchase line (its stored delivery date) and on its open moves;
 * a changed quantity or price as a purchase amendment whose description is the message's idempotency key, so an
 * amendment carrying the key means the commitment was applied before. Pure: the JSON-RPC arguments, no calls.
 */
final class TrytonCommitmentMapping {

    static final List<String> LINE_FIELDS = List.of("purchase", "product", "unit", "quantity", "unit_price", "description",
            "delivery_date_store", "delivery_date");

    static final String AMENDMENT = "purchase.amendment";

    private TrytonCommitmentMapping() {
    }

    /** Whether the agreed quantity or price differs from the line's: only an amendment can change them. */
    static boolean needsAmendment(JsonNode line, CommitmentMessage commitment) {
        return TrytonValues.toDecimal(line.get("quantity")).compareTo(commitment.quantity()) != 0
                || TrytonValues.toDecimal(line.get("unit_price")).compareTo(commitment.unitPrice()) != 0;
    }

    /** Whether the agreed date differs from the line's requested date. */
    static boolean changesDate(JsonNode line, CommitmentMessage commitment) {
        return !commitment.firstDate().equals(TrytonOrderMapping.requestedDate(line));
    }

    /** The line's own delivery date, which Tryton keeps only when it is marked as edited. */
    static Map<String, Object> lineDate(LocalDate date) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("delivery_date_edit", true);
        values.put("delivery_date_store", TrytonValues.date(date));
        return values;
    }

    /** The line's moves still to be received, whose planned date is the line's date on a confirmed purchase. */
    static List<Object> openMovesOf(long lineId) {
        return List.of(List.of("origin", "=", "purchase.line," + lineId), List.of("state", "=", "draft"));
    }

    static Map<String, Object> plannedDate(LocalDate date) {
        return Map.of("planned_date", TrytonValues.date(date));
    }

    /** Amendments of the purchase made for this commitment before (its key is their description). */
    static List<Object> amendmentsFor(long purchaseId, CommitmentMessage commitment) {
        return List.of(List.of("purchase", "=", purchaseId), List.of("description", "=", commitment.idempotencyKey()));
    }

    /** The amendment that gives the line the agreed quantity and price, everything else as it is. */
    static Map<String, Object> amendment(CommitmentMessage commitment, JsonNode line) {
        Map<String, Object> amendmentLine = new LinkedHashMap<>();
        amendmentLine.put("action", "line");
        amendmentLine.put("line", line.get("id").asLong());
        amendmentLine.put("product", line.get("product").asLong());
        amendmentLine.put("quantity", commitment.quantity().doubleValue());
        amendmentLine.put("unit", line.get("unit").asLong());
        amendmentLine.put("unit_price", TrytonValues.decimal(commitment.unitPrice()));
        amendmentLine.put("description", TrytonRecords.text(line.get("description")));
        Map<String, Object> amendment = new LinkedHashMap<>();
        amendment.put("purchase", line.get("purchase").asLong());
        amendment.put("description", commitment.idempotencyKey());
        amendment.put("lines", List.of(List.of("create", List.of(amendmentLine))));
        return amendment;
    }
}
