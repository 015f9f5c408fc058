package org.supplierportal.erp.tryton;

import static org.supplierportal.erp.tryton.TrytonRecords.SYSTEM;
import static org.supplierportal.erp.tryton.TrytonRecords.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.shipment.ReceiptDocument;
import tools.jackson.databind.JsonNode;

/**
 * Goods receipts in Tryton: done stock moves from a supplier location that came from a purchase line. The move's
 * supplier shipment names the ASN or delivery note it was received on (its reference). Pure.
 */
final class TrytonReceiptMapping {

    static final List<String> MOVE_FIELDS = List.of("origin", "purchase", "quantity", "uom.symbol", "effective_date",
            "shipment", "write_date", "create_date");

    static final String SHIPMENT = "stock.shipment.in";

    private TrytonReceiptMapping() {
    }

    /** Moves received from a supplier against a purchase line, changed after the position. */
    static List<Object> receivedAfter(Watermark after) {
        return List.of(List.of("state", "=", "done"), List.of("from_location.type", "=", "supplier"),
                List.of("origin", "like", "purchase.line,%"), TrytonRecords.changedAfter(after));
    }

    /** The supplier shipment a move was received on, if any. */
    static Optional<Long> shipmentOf(JsonNode move) {
        return TrytonRecords.reference(move.get("shipment"), SHIPMENT);
    }

    /** The received move as a receipt, with the reference of the shipment it came on; or why it cannot be one. */
    static PulledRecord<ReceiptDocument> record(JsonNode move, Map<Long, String> shipmentReferences) {
        long id = move.get("id").asLong();
        Watermark position = TrytonRecords.position(move);
        String origin = text(move.get("origin"));
        LocalDate received = TrytonValues.toDate(move.get("effective_date"));
        String subject = "Tryton receipt move " + id;
        if (origin == null || move.get("purchase").isNull() || received == null) {
            return PulledRecord.unmappable(position, String.valueOf(id), subject, move.toString(),
                    "move " + id + " has no purchase line or no receipt date");
        }
        String reference = shipmentOf(move).map(shipmentReferences::get).orElse(null);
        return PulledRecord.mapped(position, String.valueOf(id), subject, move.toString(), new ReceiptDocument(SYSTEM,
                String.valueOf(id), String.valueOf(move.get("purchase").asLong()), origin.substring(origin.indexOf(',') + 1),
                TrytonValues.toDecimal(move.get("quantity")), text(move.path("uom.").get("symbol")), received, reference));
    }
}
