package org.supplierportal.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.erp.tryton.TrytonShipmentMapping.Step;
import tools.jackson.databind.JsonNode;

/**
 * What each version of an ASN does to Tryton's supplier shipment, by the shipment as Tryton 6.0 answered for it
 * (recorded): ASN-0001's draft shipment holding line 1's move, the same shipment once received, and ASN-0002's
 * shipment after its cancellation took its move out.
 */
class TrytonShipmentMappingTest {

    private final JsonNode draft = RecordedTryton.answer("shipment-draft.json");
    private final JsonNode received = RecordedTryton.answer("shipment-received.json");
    private final JsonNode withdrawn = RecordedTryton.answer("shipment-withdrawn.json");

    @Test
    void theFirstVersionCreatesTheShipmentACancellationOfNoShipmentDoesNothing() {
        assertThat(TrytonShipmentMapping.step(asn(1, false), null)).isEqualTo(Step.CREATE);
        assertThat(TrytonShipmentMapping.step(asn(2, true), null)).isEqualTo(Step.NOTHING);
    }

    @Test
    void aLaterVersionReplacesTheDraftShipmentsMovesACancellationWithdrawsThem() {
        assertThat(TrytonShipmentMapping.moves(draft)).containsExactly(1L);
        assertThat(TrytonShipmentMapping.step(asn(2, false), draft)).isEqualTo(Step.REPLACE_MOVES);
        assertThat(TrytonShipmentMapping.step(asn(2, true), draft)).isEqualTo(Step.WITHDRAW);
    }

    @Test
    void aCancellationAppliedBeforeChangesNothing() {
        JsonNode cancelled = RecordedTryton.with(draft, "state", "\"cancelled\"");

        assertThat(TrytonShipmentMapping.step(asn(2, true), withdrawn)).isEqualTo(Step.NOTHING);
        assertThat(TrytonShipmentMapping.step(asn(2, true), cancelled)).isEqualTo(Step.NOTHING);
    }

    @Test
    void aShipmentTrytonHasReceivedCannotBeChangedByAnyVersionAndTheRefusalSaysSo() {
        assertThat(TrytonShipmentMapping.step(asn(2, false), received)).isEqualTo(Step.REFUSE);
        assertThat(TrytonShipmentMapping.step(asn(3, true), received)).isEqualTo(Step.REFUSE);
        assertThat(TrytonShipmentMapping.refusal(asn(2, false), received))
                .isEqualTo("Tryton has already received shipment ASN-0001 (done); version 2 of the ASN cannot change it");
    }

    @Test
    void theShipmentIsTheAsnNumberAndItsSupplierHoldingTheLinesMovesPlannedForTheArrival() {
        assertThat(RecordedTryton.sent(TrytonShipmentMapping.newShipment(asn(1, false), 2, List.of(1L)))).isEqualTo(RecordedTryton.json("""
                {'reference': 'ASN-0001', 'supplier': 2,
                 'planned_date': {'__class__': 'date', 'year': 2026, 'month': 12, 'day': 12},
                 'incoming_moves': [['add', [1]]]}"""));
        assertThat(RecordedTryton.sent(TrytonShipmentMapping.changedShipment(asn(2, false), List.of(1L)))).isEqualTo(RecordedTryton.json(
                "{'planned_date': {'__class__': 'date', 'year': 2026, 'month': 12, 'day': 12}, 'incoming_moves': [['add', [1]]]}"));
        assertThat(RecordedTryton.sent(TrytonShipmentMapping.withReference(asn(1, false)))).isEqualTo(RecordedTryton.json(
                "[['reference', '=', 'ASN-0001']]"));
    }

    @Test
    void withoutAnArrivalDateTheShipmentIsPlannedForTheShipDate() {
        AsnMessage undated = new AsnMessage("ASN-0001", 1, false, "SUP-1001", LocalDate.of(2026, 12, 10), null, null, null,
                asn(1, false).lines());

        assertThat(TrytonShipmentMapping.plannedDate(undated)).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void eachLineShipsFromItsOpenReceiptNotYetOnAShipmentWithTheAsnsQuantity() {
        AsnMessage.Line line = asn(1, false).lines().getFirst();

        assertThat(RecordedTryton.sent(TrytonShipmentMapping.openMoveOf(line))).isEqualTo(RecordedTryton.json(
                "[['origin', '=', 'purchase.line,1'], ['state', '=', 'draft'], ['shipment', '=', null]]"));
        assertThat(RecordedTryton.sent(TrytonShipmentMapping.shippedQuantity(line))).isEqualTo(RecordedTryton.json("{'quantity': 80.0}"));
        assertThat(RecordedTryton.sent(TrytonShipmentMapping.supplierOf(asn(1, false)))).isEqualTo(RecordedTryton.json(
                "[['code', '=', 'SUP-1001']]"));
    }

    private static AsnMessage asn(int version, boolean cancelled) {
        return new AsnMessage("ASN-0001", version, cancelled, "SUP-1001", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12),
                "DHL Freight", "JD0123", List.of(new AsnMessage.Line("TRYTON", "1", "1", new BigDecimal("80"), "LOT-7")));
    }
}
