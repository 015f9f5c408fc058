package org.supplierportal.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.OrderDocument;

class OrderChangeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Test
    void anUnchangedRevisionHasNoLineChanges() {
        OrderChange change = OrderChange.between(order(line(10), line(20)), order(line(10), line(20)));

        assertThat(change.lines()).isEmpty();
        assertThat(change.cancelsOrder()).isFalse();
    }

    @Test
    void theSameNumbersWrittenOtherwiseAreNoChange() {
        OrderDocument.Line written = new OrderDocument.Line(10, "1", "A-10", "S-10", "Bracket", new BigDecimal("40.000"), "pcs",
                new BigDecimal("9.0"), new BigDecimal("100.00"), DAY, List.of(new OrderDocument.Schedule(new BigDecimal("40.0"), DAY)));

        assertThat(OrderChange.between(order(line(10)), order(written)).lines()).isEmpty();
    }

    @Test
    void addedAndDeletedLinesAreNamedWithTheirValues() {
        OrderChange change = OrderChange.between(order(line(10), line(20)), order(line(10), line(30)));

        assertThat(change.lines()).extracting(OrderChange.Line::lineNumber, OrderChange.Line::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20, OrderChange.Kind.DELETED),
                        org.assertj.core.groups.Tuple.tuple(30, OrderChange.Kind.ADDED));
        assertThat(change.lines().get(0).values().partNumber()).isEqualTo("A-20");
        assertThat(change.lines().get(1).values().partNumber()).isEqualTo("A-30");
    }

    @Test
    void aQuantityAloneIsAnIncreaseOrADecrease() {
        assertThat(kindAfter(line -> with(line, new BigDecimal("41"), line.unitPrice(), line.requestedDate())))
                .isEqualTo(OrderChange.Kind.QUANTITY_INCREASED);
        assertThat(kindAfter(line -> with(line, new BigDecimal("39.5"), line.unitPrice(), line.requestedDate())))
                .isEqualTo(OrderChange.Kind.QUANTITY_DECREASED);
    }

    @Test
    void aPriceOrADateAloneIsSaidSo() {
        assertThat(kindAfter(line -> with(line, line.quantity(), new BigDecimal("9.50"), line.requestedDate())))
                .isEqualTo(OrderChange.Kind.PRICE_CHANGED);
        assertThat(kindAfter(line -> with(line, line.quantity(), line.unitPrice(), DAY.plusDays(3))))
                .isEqualTo(OrderChange.Kind.DATES_CHANGED);
    }

    @Test
    void severalChangesOrAnotherPartReplaceTheLine() {
        assertThat(kindAfter(line -> with(line, new BigDecimal("50"), new BigDecimal("8"), line.requestedDate())))
                .isEqualTo(OrderChange.Kind.REPLACED);
        assertThat(kindAfter(line -> new OrderDocument.Line(10, "1", "A-99", line.supplierPartNumber(), line.description(),
                line.quantity(), line.unit(), line.unitPrice(), line.priceUnit(), line.requestedDate(), line.schedule())))
                .isEqualTo(OrderChange.Kind.REPLACED);
    }

    @Test
    void aScheduleSplitOtherwiseUnderTheSameTotalReplacesTheLine() {
        assertThat(kindAfter(line -> new OrderDocument.Line(10, "1", line.partNumber(), line.supplierPartNumber(),
                line.description(), line.quantity(), line.unit(), line.unitPrice(), line.priceUnit(), line.requestedDate(),
                List.of(new OrderDocument.Schedule(new BigDecimal("40"), DAY.plusDays(1))))))
                .as("a delivery moved").isEqualTo(OrderChange.Kind.DATES_CHANGED);
        assertThat(kindAfter(line -> new OrderDocument.Line(10, "1", line.partNumber(), line.supplierPartNumber(),
                line.description(), line.quantity(), line.unit(), line.unitPrice(), line.priceUnit(), line.requestedDate(),
                List.of(new OrderDocument.Schedule(new BigDecimal("30"), DAY), new OrderDocument.Schedule(BigDecimal.TEN, DAY)))))
                .isEqualTo(OrderChange.Kind.REPLACED);
    }

    @Test
    void aRevisionWithoutLinesCancelsTheWholeOrderAndDeletesEveryLine() {
        OrderChange change = OrderChange.between(order(line(10), line(20)), order());

        assertThat(change.cancelsOrder()).isTrue();
        assertThat(change.lines()).extracting(OrderChange.Line::kind).containsOnly(OrderChange.Kind.DELETED).hasSize(2);
    }

    @Test
    void theHeaderFieldsThatChangedAreNamed() {
        OrderDocument before = order(line(10));
        OrderDocument after = header(before, "Bob Buyer", "bea@example.com", "Plant 3", "60 days net");

        OrderChange change = OrderChange.between(before, after);

        assertThat(change.lines()).isEmpty();
        assertThat(change.header()).containsExactly(OrderChange.HeaderField.BUYER_CONTACT, OrderChange.HeaderField.SHIP_TO,
                OrderChange.HeaderField.PAYMENT_TERMS);
    }

    @Test
    void aHeaderWrittenOtherwiseIsNoChange() {
        OrderDocument before = order(line(10));
        OrderDocument blanks = new OrderDocument("TRYTON", "4711", "PO-4711", 2, "SUP-1", " Bea Buyer ", "bea@example.com",
                "eur", " ", "", "Plant 2", LocalDate.of(2026, 11, 30), List.of(line(10)));

        assertThat(OrderChange.between(before, blanks).header()).as("case of the currency, blanks, the ERP's marker").isEmpty();
        assertThat(OrderChange.between(header(before, null, "old@example.com", "Plant 2", null),
                header(before, null, "new@example.com", "Plant 2", null)).header())
                .as("no document writes an e-mail without the buyer's name").isEmpty();
    }

    @Test
    void anOtherOrderDateOrCurrencyIsAHeaderChange() {
        OrderDocument before = order(line(10));
        OrderDocument after = new OrderDocument("TRYTON", "4711", "PO-4711", 2, "SUP-1", "Bea Buyer", "bea@example.com",
                "USD", null, "FCA", "Plant 2", LocalDate.of(2026, 12, 1), List.of(line(10)));

        assertThat(OrderChange.between(before, after).header()).containsExactly(OrderChange.HeaderField.ORDER_DATE,
                OrderChange.HeaderField.CURRENCY, OrderChange.HeaderField.INCOTERMS);
    }

    static OrderDocument header(OrderDocument order, String buyerName, String buyerEmail, String shipTo, String paymentTerms) {
        return new OrderDocument(order.sourceSystem(), order.erpId(), order.number(), order.erpRevision() + 1,
                order.supplierPartyCode(), buyerName, buyerEmail, order.currency(), paymentTerms, order.incoterms(), shipTo,
                order.orderDate(), order.lines());
    }

    private static OrderChange.Kind kindAfter(UnaryOperator<OrderDocument.Line> edit) {
        OrderChange change = OrderChange.between(order(line(10)), order(edit.apply(line(10))));
        assertThat(change.lines()).hasSize(1);
        return change.lines().get(0).kind();
    }

    private static OrderDocument.Line with(OrderDocument.Line line, BigDecimal quantity, BigDecimal price, LocalDate date) {
        return new OrderDocument.Line(line.lineNumber(), line.erpLineId(), line.partNumber(), line.supplierPartNumber(),
                line.description(), quantity, line.unit(), price, line.priceUnit(), date,
                List.of(new OrderDocument.Schedule(quantity, date)));
    }

    static OrderDocument.Line line(int number) {
        return new OrderDocument.Line(number, Integer.toString(number), "A-" + number, "S-" + number, "Bracket",
                new BigDecimal("40"), "pcs", new BigDecimal("9"), new BigDecimal("100"), DAY,
                List.of(new OrderDocument.Schedule(new BigDecimal("40"), DAY)));
    }

    static OrderDocument order(OrderDocument.Line... lines) {
        return new OrderDocument("TRYTON", "4711", "PO-4711", 1, "SUP-1", "Bea Buyer", "bea@example.com", "EUR", null,
                null, "Plant 2", LocalDate.of(2026, 11, 30), new ArrayList<>(List.of(lines)));
    }
}
