package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;

/** An outbound 860, written from a revision's changes and then re-read and validated by StAEDI against the 004010 schema. */
class PoChange860MappingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 30);

    @Test
    void aRevisionBecomesAValid860WithOnePocPerChangedLine() {
        OrderChange change = OrderChange.between(
                order(line(10, "40", "9.00"), line(20, "5", "12"), line(30, "8", "3")),
                order(line(10, "60", "9.00"), line(20, "5", "12.50"), line(40, "2", "7")));

        String edi = PoChange860Mapping.write(change, 2, Po850MappingTest.BUYER_TO_SUPPLIER, 43, 8, true, NOW);

        X12Interchange reread = X12ReaderTest.read(edi);
        X12Transaction po = reread.transactions().get(0);
        assertThat(reread.valid()).as("problems: %s %s", reread.envelopeProblems(), po.problems()).isTrue();
        assertThat(reread.controlNumber()).isEqualTo("000000043");
        assertThat(reread.groupControlNumber()).isEqualTo("8");
        assertThat(po.type()).isEqualTo("860");
        assertThat(po.first("BCH").orElseThrow().elements()).containsExactly("04", "SA", "PO-4711", "", "2", "20261130");
        assertThat(po.segments()).filteredOn(segment -> segment.tag().equals("POC")).extracting(X12Segment::elements)
                .containsExactly(List.of("10", "QI", "60", "", "EA", "0.09", "PE", "BP", "A-10", "VP", "S-10"),
                        List.of("20", "PC", "5", "", "EA", "0.125", "PE", "BP", "A-20", "VP", "S-20"),
                        List.of("30", "DI", "", "", "", "", "", "BP", "A-30", "VP", "S-30"),
                        List.of("40", "AI", "2", "", "EA", "0.07", "PE", "BP", "A-40", "VP", "S-40"));
        assertThat(po.segments()).filteredOn(segment -> segment.tag().equals("DTM")).as("one per line still ordered")
                .hasSize(3);
        assertThat(po.first("CTT").orElseThrow().element(1)).isEqualTo("4");
        assertThat(edi).contains("GS*PC*PORTALBUYER*1556150*20261202*0930*8*X*004010~", "ST*860*0001~");
    }

    @Test
    void aWholeOrderCancelledIsACancellationDeletingEveryLine() {
        OrderChange change = OrderChange.between(order(line(10, "40", "9"), line(20, "5", "12")), order());

        X12Transaction po = X12ReaderTest.read(PoChange860Mapping.write(change, 3, Po850MappingTest.BUYER_TO_SUPPLIER, 44, 9,
                false, NOW)).transactions().get(0);

        assertThat(po.problems()).isEmpty();
        assertThat(po.first("BCH").orElseThrow().element(1)).isEqualTo("01");
        assertThat(po.segments()).filteredOn(segment -> segment.tag().equals("POC")).extracting(segment -> segment.element(2))
                .containsExactly("DI", "DI");
    }

    /** A new ship-to and buyer alone: BCH 04 (change) SA with the header as it is now, and no POC loop nor CTT. */
    @Test
    void aHeaderOnlyRevisionIsAValid860WithoutAnyPoc() {
        OrderDocument before = order(line(10, "40", "9"));
        OrderDocument after = new OrderDocument("TRYTON", "4711", "PO-4711", 2, "SUP-1", "Bob Buyer", "bob@example.com", "EUR",
                null, null, "Plant 3, Gate 1", LocalDate.of(2026, 11, 30), before.lines());

        String edi = PoChange860Mapping.write(OrderChange.between(before, after), 2, Po850MappingTest.BUYER_TO_SUPPLIER, 46,
                11, true, NOW);

        X12Interchange reread = X12ReaderTest.read(edi);
        X12Transaction po = reread.transactions().get(0);
        assertThat(reread.valid()).as("problems: %s %s", reread.envelopeProblems(), po.problems()).isTrue();
        assertThat(po.first("BCH").orElseThrow().elements()).containsExactly("04", "SA", "PO-4711", "", "2", "20261130");
        assertThat(po.first("N1").orElseThrow().elements()).containsExactly("ST", "Plant 3, Gate 1");
        assertThat(po.first("PER").orElseThrow().elements()).containsExactly("BD", "Bob Buyer", "EM", "bob@example.com");
        assertThat(po.segments()).extracting(X12Segment::tag).doesNotContain("POC", "CTT")
                .containsExactly("ST", "BCH", "CUR", "PER", "N1", "SE");
    }

    @Test
    void theSchemaRefusesAChangeCodeX12DoesNotHave() {
        OrderChange change = OrderChange.between(order(line(10, "40", "9")), order(line(10, "50", "9")));
        String edi = PoChange860Mapping.write(change, 2, Po850MappingTest.BUYER_TO_SUPPLIER, 45, 10, true, NOW);

        X12Transaction po = X12ReaderTest.read(edi.replace("POC*10*QI*", "POC*10*ZZ*")).transactions().get(0);

        assertThat(po.problems()).as("the 860 is validated against its schema, not only read").isNotEmpty();
    }

    @Test
    void aUnitWithoutAnX12CodeIsRefusedNamingTheLine() {
        OrderDocument.Line barrels = new OrderDocument.Line(10, "1", "A-10", null, null, BigDecimal.ONE, "barrels",
                BigDecimal.TEN, BigDecimal.ONE, DAY, List.of());
        OrderChange change = OrderChange.between(order(), order(barrels));

        assertThatThrownBy(() -> PoChange860Mapping.write(change, 2, Po850MappingTest.BUYER_TO_SUPPLIER, 1, 1, true, NOW))
                .hasMessageContaining("PO PO-4711 line 10: the unit 'barrels'");
    }

    private static OrderDocument.Line line(int number, String quantity, String pricePer100) {
        return new OrderDocument.Line(number, Integer.toString(number), "A-" + number, "S-" + number,
                number == 10 ? "Bracket, zinc plated" : null, new BigDecimal(quantity), "pcs", new BigDecimal(pricePer100),
                new BigDecimal("100"), DAY, List.of());
    }

    private static OrderDocument order(OrderDocument.Line... lines) {
        return new OrderDocument("TRYTON", "4711", "PO-4711", 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR", null,
                null, "Plant 2, Dock 4", LocalDate.of(2026, 11, 30), List.of(lines));
    }
}
