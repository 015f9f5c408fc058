package org.supplierportal.b2b.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;

/** An outbound ORDERS, written and then re-read and validated by StAEDI against the ORDERS schema. */
class OrdersMappingTest {

    static final EdifactParties BUYER_TO_SUPPLIER = new EdifactParties("14", "8712199999999", "14", "8716106053841");

    @Test
    void anOrderBecomesAValidD96aOrdersThatReadsBackLineForLine() {
        String edi = OrdersMapping.write(order("pcs"), BUYER_TO_SUPPLIER, "42", "D96A", true,
                LocalDateTime.of(2026, 11, 30, 21, 5));

        EdifactInterchange reread = EdifactDocuments.read(edi);
        assertThat(reread.valid()).as("problems: %s %s", reread.envelopeProblems(),
                reread.messages().get(0).problems()).isTrue();
        assertThat(edi).startsWith("UNB+UNOC:3+8712199999999:14+8716106053841:14+261130:2105+42++++++1'");
        assertThat(reread.controlReference()).isEqualTo("42");
        EdifactMessage orders = reread.messages().get(0);
        assertThat(orders.type()).isEqualTo("ORDERS");
        assertThat(orders.version()).isEqualTo("D96A");
        assertThat(orders.first("BGM").orElseThrow().elements()).containsExactly(List.of("220"), List.of("PO-4711"), List.of("9"));
        assertThat(orders.segments()).filteredOn(segment -> segment.tag().equals("LIN")).extracting(segment -> segment.element(1))
                .containsExactly("10", "20");
        assertThat(orders.segments()).filteredOn(segment -> segment.tag().equals("PRI")).extracting(segment -> segment.elements().get(0))
                .containsExactly(List.of("AAA", "9", "", "", "100", "PCE"), List.of("AAA", "12", "", "", "1", "KGM"));
        assertThat(orders.segments()).filteredOn(segment -> segment.tag().equals("SCC")).hasSize(2);
        assertThat(orders.first("IMD").orElseThrow().component(3, 4)).as("released + and ' are data again")
                .isEqualTo("Bracket, zinc+plated 'M8'");
        assertThat(orders.first("CNT").orElseThrow().component(1, 2)).isEqualTo("2");
        assertThat(edi).contains("IMD+F++:::Bracket, zinc?+plated ?'M8?''");
    }

    @Test
    void theD01bDirectoryIsWrittenInTheMessageIdentifier() {
        EdifactInterchange reread = EdifactDocuments.read(OrdersMapping.write(order("kg"), BUYER_TO_SUPPLIER, "7", "D01B",
                false, LocalDateTime.of(2026, 11, 30, 21, 5)));

        assertThat(reread.messages().get(0).identifier()).containsExactly("ORDERS", "D", "01B", "UN");
        assertThat(reread.valid()).isTrue();
    }

    @Test
    void aUnitWithoutAUnEceCodeIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> OrdersMapping.write(order("barrels"), BUYER_TO_SUPPLIER, "1", "D96A", true, LocalDateTime.now()))
                .hasMessageContaining("PO PO-4711 line 10: the unit 'barrels'");
    }

    private static OrderDocument order(String unit) {
        LocalDate date = LocalDate.of(2026, 12, 15);
        return new OrderDocument("TRYTON", "4711", "PO-4711", 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR", null,
                null, "Plant 2, Dock 4", LocalDate.of(2026, 11, 30), List.of(
                new OrderDocument.Line(10, "1", "A-100", "S-100", "Bracket, zinc+plated 'M8'", new BigDecimal("40"), unit,
                        new BigDecimal("9.00"), new BigDecimal("100"), date, List.of(
                        new OrderDocument.Schedule(new BigDecimal("20"), date),
                        new OrderDocument.Schedule(new BigDecimal("20"), date.plusDays(7)))),
                new OrderDocument.Line(20, "2", "B-200", null, null, new BigDecimal("5.50"), "kg",
                        new BigDecimal("12"), BigDecimal.ONE, date, List.of())));
    }
}
