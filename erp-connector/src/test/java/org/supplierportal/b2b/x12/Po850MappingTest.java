package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;

/** An outbound 850, written and then re-read and validated by StAEDI against the 004010 schema. */
class Po850MappingTest {

    static final X12Parties BUYER_TO_SUPPLIER = new X12Parties("ZZ", "PORTALBUYER", "PORTALBUYER", "ZZ", "1556150", "1556150");

    @Test
    void anOrderBecomesAValid850ThatReadsBackLineForLine() {
        String edi = Po850Mapping.write(order("pcs"), BUYER_TO_SUPPLIER, 42, 7, true, LocalDateTime.of(2026, 11, 30, 21, 5));

        X12Interchange reread = X12ReaderTest.read(edi);
        assertThat(reread.valid()).as("problems: %s %s", reread.envelopeProblems(),
                reread.transactions().get(0).problems()).isTrue();
        assertThat(reread.controlNumber()).isEqualTo("000000042");
        assertThat(reread.groupControlNumber()).isEqualTo("7");
        assertThat(reread.receiverId()).isEqualTo("1556150");
        X12Transaction po = reread.transactions().get(0);
        assertThat(po.type()).isEqualTo("850");
        assertThat(po.first("BEG").orElseThrow().elements()).containsExactly("00", "SA", "PO-4711", "", "20261130");
        assertThat(po.segments()).filteredOn(segment -> segment.tag().equals("PO1")).extracting(X12Segment::elements)
                .containsExactly(List.of("10", "40", "EA", "0.09", "PE", "BP", "A-100", "VP", "S-100"),
                        List.of("20", "5.5", "KG", "12", "PE", "BP", "B-200"));
        assertThat(po.segments()).filteredOn(segment -> segment.tag().equals("SCH")).hasSize(2);
        assertThat(po.first("CTT").orElseThrow().element(1)).isEqualTo("2");
        assertThat(edi).startsWith("ISA*00*          *00*          *ZZ*PORTALBUYER    *ZZ*1556150        *261130*2105*U*00401*000000042*0*T*>~");
    }

    @Test
    void aUnitWithoutAnX12CodeIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> Po850Mapping.write(order("barrels"), BUYER_TO_SUPPLIER, 1, 1, true, LocalDateTime.now()))
                .hasMessageContaining("PO PO-4711 line 10: the unit 'barrels'");
    }

    OrderDocument sample() {
        return order("pcs");
    }

    private static OrderDocument order(String unit) {
        LocalDate date = LocalDate.of(2026, 12, 15);
        return new OrderDocument("TRYTON", "4711", "PO-4711", 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR", null,
                null, "Plant 2, Dock 4", LocalDate.of(2026, 11, 30), List.of(
                new OrderDocument.Line(10, "1", "A-100", "S-100", "Bracket, zinc*plated", new BigDecimal("40"), unit,
                        new BigDecimal("9.00"), new BigDecimal("100"), date, List.of(
                        new OrderDocument.Schedule(new BigDecimal("20"), date),
                        new OrderDocument.Schedule(new BigDecimal("20"), date.plusDays(7)))),
                new OrderDocument.Line(20, "2", "B-200", null, null, new BigDecimal("5.50"), "kg",
                        new BigDecimal("12"), BigDecimal.ONE, date, List.of())));
    }
}
