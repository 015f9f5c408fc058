package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.CommitmentMessage;
import tools.jackson.databind.JsonNode;

/**
 * What the adapter sends Tryton for a commitment on a purchase line as Tryton 6.0 answered for it (recorded): 100 u of
 * BR-4711 at 1.85 EUR, requested for 15 December 2026.
 */
class TrytonCommitmentMappingTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 12, 15);

    private final JsonNode line = RecordedTryton.answer("purchase-line-for-commitment.json");

    @Test
    void theLinesOwnQuantityAndPriceNeedNoAmendmentAnotherQuantityOrPriceDoes() {
        assertThat(TrytonCommitmentMapping.needsAmendment(line, commitment("100", "1.85", REQUESTED))).isFalse();
        assertThat(TrytonCommitmentMapping.needsAmendment(line, commitment("105", "1.85", REQUESTED))).isTrue();
        assertThat(TrytonCommitmentMapping.needsAmendment(line, commitment("100", "1.80", REQUESTED))).isTrue();
    }

    @Test
    void theAmendmentGivesTheLineTheAgreedQuantityAndPriceAndCarriesTheCommitmentsKey() {
        CommitmentMessage commitment = commitment("105", "1.80", REQUESTED);

        assertThat(RecordedTryton.sent(TrytonCommitmentMapping.amendment(commitment, line))).isEqualTo(RecordedTryton.json("""
                {'purchase': 1, 'description': 'commitment:po-1:1:1:1764512000000',
                 'lines': [['create', [{'action': 'line', 'line': 1, 'product': 1, 'quantity': 105.0, 'unit': 1,
                                        'unit_price': {'__class__': 'Decimal', 'decimal': '1.80'}, 'description': 'BR-4711'}]]]}"""));
        assertThat(RecordedTryton.sent(TrytonCommitmentMapping.amendmentsFor(1, commitment))).isEqualTo(RecordedTryton.json(
                "[['purchase', '=', 1], ['description', '=', 'commitment:po-1:1:1:1764512000000']]"));
    }

    @Test
    void anotherShipDateGoesOnTheLineAsAnEditedDeliveryDateAndOnItsOpenMoves() {
        LocalDate later = REQUESTED.plusDays(2);

        assertThat(TrytonCommitmentMapping.changesDate(line, commitment("100", "1.85", REQUESTED))).isFalse();
        assertThat(TrytonCommitmentMapping.changesDate(line, commitment("100", "1.85", later))).isTrue();
        assertThat(RecordedTryton.sent(TrytonCommitmentMapping.lineDate(later))).isEqualTo(RecordedTryton.json(
                "{'delivery_date_edit': true, 'delivery_date_store': {'__class__': 'date', 'year': 2026, 'month': 12, 'day': 17}}"));
        assertThat(RecordedTryton.sent(TrytonCommitmentMapping.openMovesOf(1))).isEqualTo(RecordedTryton.json(
                "[['origin', '=', 'purchase.line,1'], ['state', '=', 'draft']]"));
        assertThat(RecordedTryton.sent(TrytonCommitmentMapping.plannedDate(later))).isEqualTo(RecordedTryton.json(
                "{'planned_date': {'__class__': 'date', 'year': 2026, 'month': 12, 'day': 17}}"));
    }

    @Test
    void aSplitCommitmentTakesTheEarliestDeliveryForTheLinesOneDate() {
        CommitmentMessage split = new CommitmentMessage("commitment:po-1:1:1:1764512000000", "TRYTON", "1", "P0001", "1", 1,
                new BigDecimal("100"), "u", new BigDecimal("1.85"), "EUR", List.of(
                new CommitmentMessage.Delivery(new BigDecimal("60"), REQUESTED.plusDays(5)),
                new CommitmentMessage.Delivery(new BigDecimal("40"), REQUESTED)));

        assertThat(TrytonCommitmentMapping.changesDate(line, split)).isFalse();
    }

    private static CommitmentMessage commitment(String quantity, String price, LocalDate date) {
        return new CommitmentMessage("commitment:po-1:1:1:1764512000000", "TRYTON", "1", "P0001", "1", 1,
                new BigDecimal(quantity), "u", new BigDecimal(price), "EUR",
                List.of(new CommitmentMessage.Delivery(new BigDecimal(quantity), date)));
    }
}
