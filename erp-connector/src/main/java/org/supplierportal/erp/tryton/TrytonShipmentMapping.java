package org.supplierportal.erp.tryton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplierportal.erp.AsnMessage;
import tools.jackson.databind.JsonNode;

/**
 * An ASN in Tryton's terms: a draft supplier shipment ({@code stock.shipment.in}) whose reference is the ASN number,
 * holding the purchase lines' open moves with the ASN's quantities. What a version of the ASN does to the shipment
 * follows from the shipment's state ({@link #step}). Pure: decisions and JSON-RPC arguments, no calls.
 */
final class TrytonShipmentMapping {

    static final String SHIPMENT = "stock.shipment.in";
    static final List<String> SHIPMENT_FIELDS = List.of("state", "incoming_moves");

    /** Takes moves out of their shipment: back to the purchase's open receipts. */
    static final Map<String, Object> DETACH = Collections.singletonMap("shipment", null);

    /** What a version of an ASN does to Tryton's shipment. */
    enum Step {
        /** No shipment yet: create it with the lines' open moves. */
        CREATE,
        /** Nothing to do: a cancellation of a shipment that does not exist, or one applied before. */
        NOTHING,
        /** A draft shipment: its moves go back, the new version's moves come in, the planned date follows. */
        REPLACE_MOVES,
        /** A cancelled ASN whose draft shipment still holds moves: they go back to the purchase. */
        WITHDRAW,
        /** Tryton has received the shipment: no version of the ASN can change it now. */
        REFUSE
    }

    private TrytonShipmentMapping() {
    }

    static List<Object> withReference(AsnMessage asn) {
        return List.of(List.of("reference", "=", asn.asnNumber()));
    }

    /** @param shipment the shipment with the ASN's number as Tryton has it, or null when there is none */
    static Step step(AsnMessage asn, JsonNode shipment) {
        if (shipment == null) {
            return asn.cancelled() ? Step.NOTHING : Step.CREATE;
        }
        String state = TrytonRecords.text(shipment.get("state"));
        if ("cancelled".equals(state) || ("draft".equals(state) && asn.cancelled() && moves(shipment).isEmpty())) {
            return Step.NOTHING;
        }
        if (!"draft".equals(state)) {
            return Step.REFUSE;
        }
        return asn.cancelled() ? Step.WITHDRAW : Step.REPLACE_MOVES;
    }

    static String refusal(AsnMessage asn, JsonNode shipment) {
        return "Tryton has already received shipment " + asn.asnNumber() + " (" + TrytonRecords.text(shipment.get("state"))
                + "); version " + asn.version() + " of the ASN cannot change it";
    }

    static List<Long> moves(JsonNode shipment) {
        List<Long> moves = new ArrayList<>();
        shipment.get("incoming_moves").forEach(move -> moves.add(move.asLong()));
        return moves;
    }

    /** When the goods are expected: the ASN's arrival date, else its ship date. */
    static LocalDate plannedDate(AsnMessage asn) {
        return asn.expectedArrival() != null ? asn.expectedArrival() : asn.shipDate();
    }

    static Map<String, Object> newShipment(AsnMessage asn, long supplier, List<Long> moves) {
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("reference", asn.asnNumber());
        shipment.put("supplier", supplier);
        shipment.put("planned_date", TrytonValues.date(plannedDate(asn)));
        shipment.put("incoming_moves", List.of(List.of("add", moves)));
        return shipment;
    }

    static Map<String, Object> changedShipment(AsnMessage asn, List<Long> moves) {
        return Map.of("planned_date", TrytonValues.date(plannedDate(asn)), "incoming_moves", List.of(List.of("add", moves)));
    }

    /** The line's open receipt not yet on a shipment. */
    static List<Object> openMoveOf(AsnMessage.Line line) {
        return List.of(List.of("origin", "=", "purchase.line," + line.erpLineId()), List.of("state", "=", "draft"),
                Arrays.asList("shipment", "=", null));
    }

    /** The quantity the ASN ships of the line. */
    static Map<String, Object> shippedQuantity(AsnMessage.Line line) {
        return Map.of("quantity", line.quantity().doubleValue());
    }

    static List<Object> supplierOf(AsnMessage asn) {
        return List.of(List.of("code", "=", asn.supplierPartyCode()));
    }
}
