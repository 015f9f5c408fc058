package org.supplierportal.erp.tryton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.shipment.ReceiptDocument;
import tools.jackson.databind.JsonNode;

/** Goods receipts in: the received moves, and the references of the shipments they came on, in two calls a page. */
final class TrytonReceipts {

    private final TrytonClient client;

    TrytonReceipts(TrytonClient client) {
        this.client = client;
    }

    List<PulledRecord<ReceiptDocument>> pull(Watermark after, int limit) {
        JsonNode moves = client.searchRead("stock.move", TrytonReceiptMapping.receivedAfter(after), 0, limit,
                TrytonRecords.FEED_ORDER, TrytonReceiptMapping.MOVE_FIELDS);
        Map<Long, String> references = shipmentReferences(moves);
        return StreamSupport.stream(moves.spliterator(), false).map(move -> TrytonReceiptMapping.record(move, references)).toList();
    }

    private Map<Long, String> shipmentReferences(JsonNode moves) {
        List<Long> ids = StreamSupport.stream(moves.spliterator(), false).map(TrytonReceiptMapping::shipmentOf)
                .flatMap(java.util.Optional::stream).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> references = new LinkedHashMap<>();
        client.read(TrytonReceiptMapping.SHIPMENT, ids, List.of("reference"))
                .forEach(shipment -> references.put(shipment.get("id").asLong(), TrytonRecords.text(shipment.get("reference"))));
        return references;
    }
}
