package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A purchase as Tryton 6.0 returned it (recorded): line 1 raised from 100 to 120 with the extra 20 delivery
 * cancelled, line 2 expedited on its move to 12 December, line 3 added and its only delivery cancelled and ignored.
 */
class TrytonOrderMappingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode recorded = RecordedTryton.answer("purchase-with-changed-and-cancelled-deliveries.json");
    private final JsonNode purchase = recorded.get("purchase");
    private final List<JsonNode> lines = RecordedTryton.list(recorded.get("lines"));
    private final List<JsonNode> moves = RecordedTryton.list(recorded.get("moves"));

    @Test
    void aLineIsWhatIsOrderedLessItsCancelledDeliveriesOnThePlannedDateOfItsMoves() {
        OrderDocument document = TrytonOrderMapping.document(purchase, lines, moves);

        assertThat(document.lines()).extracting(OrderDocument.Line::lineNumber, line -> line.quantity().stripTrailingZeros().toPlainString(),
                        OrderDocument.Line::requestedDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "100", LocalDate.of(2026, 12, 15)),
                        org.assertj.core.groups.Tuple.tuple(2, "20", LocalDate.of(2026, 12, 12)));
    }

    @Test
    void aLineWhoseEveryDeliveryIsCancelledIsNotInTheOrder() {
        OrderDocument document = TrytonOrderMapping.document(purchase, lines, moves);

        assertThat(document.lines()).extracting(OrderDocument.Line::lineNumber).doesNotContain(3);
    }

    @Test
    void aCancelledDeliveryThatWasRecreatedStillCounts() {
        List<JsonNode> recreated = new ArrayList<>(moves);
        ObjectNode move = ((ObjectNode) moves.get(3)).deepCopy();
        move.put("purchase_exception_state", "recreated");
        recreated.set(3, move);

        OrderDocument document = TrytonOrderMapping.document(purchase, lines, recreated);

        assertThat(document.lines()).extracting(OrderDocument.Line::lineNumber).contains(3);
    }

    @Test
    void theErpRevisionIsTheLatestChangeOfThePurchaseItsLinesOrTheirMoves() {
        // The purchase itself was last written at 14:27:36; line 1 at 14:27:49.401385, the latest of all.
        long marker = TrytonOrderMapping.revisionMarker(purchase, lines, moves);

        assertThat(Instant.ofEpochMilli(marker)).isEqualTo(Instant.parse("2026-11-30T14:27:49.401Z"));
        assertThat(TrytonOrderMapping.document(purchase, lines, moves).erpRevision()).isEqualTo(marker);
    }

    @Test
    void aRecordNeverWrittenSinceItsCreationStandsInItsFeedAtItsCreationTime() {
        JsonNode neverWritten = moves.getFirst();

        assertThat(neverWritten.get("write_date").isNull()).isTrue();
        assertThat(TrytonRecords.position(neverWritten).changedAt()).isEqualTo(Instant.parse("2026-11-30T14:27:36.558697Z"));
    }

    @Test
    void theFingerprintIgnoresTheErpRevisionButSeesADateMovedOnAMove() {
        OrderDocument document = TrytonOrderMapping.document(purchase, lines, moves);
        List<JsonNode> later = new ArrayList<>(moves);
        ObjectNode move = ((ObjectNode) moves.get(1)).deepCopy();
        move.set("planned_date", JSON.readTree("{\"__class__\": \"date\", \"year\": 2026, \"month\": 12, \"day\": 10}"));
        later.set(1, move);

        OrderDocument expedited = TrytonOrderMapping.document(purchase, lines, later);
        ObjectNode rewritten = ((ObjectNode) purchase).deepCopy();
        rewritten.set("write_date", JSON.readTree("{\"__class__\": \"datetime\", \"year\": 2026, \"month\": 12, \"day\": 1,"
                + " \"hour\": 9, \"minute\": 0, \"second\": 0, \"microsecond\": 0}"));
        OrderDocument touchedOnly = TrytonOrderMapping.document(rewritten, lines, moves);

        assertThat(expedited.fingerprint()).isNotEqualTo(document.fingerprint());
        assertThat(touchedOnly.erpRevision()).isNotEqualTo(document.erpRevision());
        assertThat(touchedOnly.fingerprint()).isEqualTo(document.fingerprint());
    }
}
