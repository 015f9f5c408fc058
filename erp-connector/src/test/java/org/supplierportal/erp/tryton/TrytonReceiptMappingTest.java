package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.shipment.ReceiptDocument;
import tools.jackson.databind.JsonNode;

/**
 * Receipts as Tryton 6.0 answered the receipt feed (recorded): 84 of line 1's 100 received on the shipment of
 * ASN-0001, and line 2's 20 on a delivery note of the warehouse's own, DN-7781.
 */
class TrytonReceiptMappingTest {

    private final JsonNode recorded = RecordedTryton.answer("receipts.json");
    private final List<JsonNode> moves = RecordedTryton.list(recorded.get("moves"));
    private final Map<Long, String> references = references(recorded.get("shipments"));

    @Test
    void aDoneMoveFromAPurchaseLineIsAReceiptOfThatLineOnTheAsnItCameWith() {
        PulledRecord<ReceiptDocument> record = TrytonReceiptMapping.record(moves.get(0), references);

        assertThat(record.isMapped()).isTrue();
        ReceiptDocument receipt = record.document();
        assertThat(receipt.sourceSystem()).isEqualTo("TRYTON");
        assertThat(receipt.erpReceiptId()).isEqualTo("1");
        assertThat(receipt.erpOrderId()).isEqualTo("1");
        assertThat(receipt.erpLineId()).isEqualTo("1");
        assertThat(receipt.quantity()).isEqualByComparingTo("84");
        assertThat(receipt.unit()).isEqualTo("u");
        assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(receipt.shipmentReference()).isEqualTo("ASN-0001");
    }

    @Test
    void aReceiptOnADeliveryNoteCarriesTheNotesReference() {
        ReceiptDocument receipt = TrytonReceiptMapping.record(moves.get(1), references).document();

        assertThat(receipt.erpLineId()).isEqualTo("2");
        assertThat(receipt.quantity()).isEqualByComparingTo("20");
        assertThat(receipt.shipmentReference()).isEqualTo("DN-7781");
    }

    @Test
    void aMoveReceivedOnNoShipmentHasNoReference() {
        JsonNode loose = RecordedTryton.with(moves.get(0), "shipment", "null");

        assertThat(TrytonReceiptMapping.shipmentOf(loose)).isEmpty();
        assertThat(TrytonReceiptMapping.record(loose, references).document().shipmentReference()).isNull();
    }

    @Test
    void aMoveWithoutAReceiptDateIsNoReceiptAndSaysWhyKeepingTheRawMove() {
        JsonNode undated = RecordedTryton.with(moves.get(0), "effective_date", "null");

        PulledRecord<ReceiptDocument> record = TrytonReceiptMapping.record(undated, references);

        assertThat(record.isMapped()).isFalse();
        assertThat(record.mappingProblem()).isEqualTo("move 1 has no purchase line or no receipt date");
        assertThat(record.subject()).isEqualTo("Tryton receipt move 1");
        assertThat(record.rawPayload()).isEqualTo(undated.toString());
    }

    @Test
    void eachReceiptStandsInTheFeedAtItsLastChange() {
        Watermark position = TrytonReceiptMapping.record(moves.get(1), references).position();

        assertThat(position).isEqualTo(new Watermark(Instant.parse("2026-11-30T16:54:47.246064Z"), 2));
    }

    @Test
    void theFeedAsksForMovesReceivedFromASupplierAgainstAPurchaseLineAfterThePosition() {
        Watermark after = new Watermark(Instant.parse("2026-11-30T16:54:46.459949Z"), 1);

        String time = "{'__class__': 'datetime', 'year': 2026, 'month': 11, 'day': 30, 'hour': 16, 'minute': 54, 'second': 46,"
                + " 'microsecond': 459949}";

        assertThat(RecordedTryton.sent(TrytonReceiptMapping.receivedAfter(after))).isEqualTo(RecordedTryton.json(
                "[['state', '=', 'done'], ['from_location.type', '=', 'supplier'], ['origin', 'like', 'purchase.line,%'],"
                        + " ['OR', ['write_date', '>', " + time + "], [['write_date', '=', " + time + "], ['id', '>', 1]]]]"));
    }

    private static Map<Long, String> references(JsonNode shipments) {
        Map<Long, String> references = new HashMap<>();
        shipments.forEach(shipment -> references.put(shipment.get("id").asLong(), shipment.get("reference").asString()));
        return references;
    }
}
