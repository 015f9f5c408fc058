package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;

/** An outbound ORDCHG, written from a revision's changes and then re-read and validated by StAEDI against its schema. */
class OrdchgMappingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 30);

    @Test
    void aRevisionBecomesAValidOrdchgWithOneLinPerChangedLineAndItsAction() {
        OrderChange change = OrderChange.between(order(line(10, "40"), line(20, "5"), line(30, "8")),
                order(line(10, "60"), line(20, "5"), line(40, "2")));

        String edi = OrdchgMapping.write(change, 2, OrdersMappingTest.BUYER_TO_SUPPLIER, "43", "D96A", true, NOW);

        EdifactInterchange reread = EdifactDocuments.read(edi);
        EdifactMessage ordchg = reread.messages().get(0);
        assertThat(reread.valid()).as("problems: %s %s", reread.envelopeProblems(), ordchg.problems()).isTrue();
        assertThat(ordchg.identifier()).containsExactly("ORDCHG", "D", "96A", "UN");
        assertThat(ordchg.first("BGM").orElseThrow().elements()).containsExactly(List.of("230"), List.of("PO-4711-2"), List.of("4"));
        assertThat(ordchg.first("RFF").orElseThrow().elements()).containsExactly(List.of("ON", "PO-4711"));
        assertThat(ordchg.segments()).filteredOn(segment -> segment.tag().equals("LIN"))
                .extracting(segment -> segment.element(1) + ":" + segment.element(2))
                .containsExactly("10:3", "30:2", "40:1");
        assertThat(ordchg.segments()).filteredOn(segment -> segment.tag().equals("QTY"))
                .extracting(segment -> segment.component(1, 2)).as("the new quantities; none for the deleted line")
                .containsExactly("60", "2");
        assertThat(ordchg.first("CNT").orElseThrow().component(1, 2)).isEqualTo("3");
    }

    @Test
    void aWholeOrderCancelledIsACancellationInD01b() {
        OrderChange change = OrderChange.between(order(line(10, "40")), order());

        EdifactInterchange reread = EdifactDocuments.read(OrdchgMapping.write(change, 3, OrdersMappingTest.BUYER_TO_SUPPLIER,
                "44", "D01B", false, NOW));

        EdifactMessage ordchg = reread.messages().get(0);
        assertThat(reread.valid()).as("problems: %s", ordchg.problems()).isTrue();
        assertThat(ordchg.identifier()).containsExactly("ORDCHG", "D", "01B", "UN");
        assertThat(ordchg.first("BGM").orElseThrow().element(3)).isEqualTo("1");
        assertThat(ordchg.first("LIN").orElseThrow().element(2)).isEqualTo("2");
    }

    /** A new ship-to alone: BGM 4 (change) with the header as it is now, no LIN group, UNS and no CNT, in both directories. */
    @Test
    void aHeaderOnlyRevisionIsAValidOrdchgWithoutAnyLin() {
        OrderDocument before = order(line(10, "40"));
        OrderDocument after = new OrderDocument("TRYTON", "4711", "PO-4711", 2, "SUP-1", "Bea Buyer", "bea@example.com", "EUR",
                null, null, "Plant 3, Gate 1", LocalDate.of(2026, 11, 30), before.lines());

        for (String directory : List.of("D96A", "D01B")) {
            EdifactInterchange reread = EdifactDocuments.read(OrdchgMapping.write(OrderChange.between(before, after), 2,
                    OrdersMappingTest.BUYER_TO_SUPPLIER, "46", directory, true, NOW));

            EdifactMessage ordchg = reread.messages().get(0);
            assertThat(reread.valid()).as("%s problems: %s %s", directory, reread.envelopeProblems(), ordchg.problems()).isTrue();
            assertThat(ordchg.first("BGM").orElseThrow().elements()).containsExactly(List.of("230"), List.of("PO-4711-2"), List.of("4"));
            assertThat(ordchg.segments()).filteredOn(segment -> segment.tag().equals("NAD") && segment.element(1).equals("DP"))
                    .singleElement().satisfies(shipTo -> assertThat(shipTo.component(4, 1)).isEqualTo("Plant 3, Gate 1"));
            assertThat(ordchg.segments()).extracting(EdifactSegment::tag).doesNotContain("LIN", "CNT").contains("UNS");
        }
    }

    @Test
    void theSchemaRefusesAMessageWithoutItsSectionControl() {
        OrderChange change = OrderChange.between(order(line(10, "40")), order(line(10, "50")));
        String edi = OrdchgMapping.write(change, 2, OrdersMappingTest.BUYER_TO_SUPPLIER, "45", "D96A", true, NOW);

        EdifactMessage ordchg = EdifactDocuments.read(edi.replace("UNS+S'", "LIN+99'")).messages().get(0);

        assertThat(ordchg.problems()).as("the ORDCHG is validated against its schema, not only read").isNotEmpty();
    }

    private static OrderDocument.Line line(int number, String quantity) {
        return new OrderDocument.Line(number, Integer.toString(number), "A-" + number, "S-" + number, null,
                new BigDecimal(quantity), "pcs", new BigDecimal("9"), new BigDecimal("100"), DAY, List.of());
    }

    private static OrderDocument order(OrderDocument.Line... lines) {
        return new OrderDocument("TRYTON", "4711", "PO-4711", 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR", null,
                null, "Plant 2, Dock 4", LocalDate.of(2026, 11, 30), List.of(lines));
    }
}
