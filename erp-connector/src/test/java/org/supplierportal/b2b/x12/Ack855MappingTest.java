package org.supplierportal.b2b.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.tolerance.SupplierAnswer;

/** The 855 to acknowledgment mapping, on the real node-x12 855 and on variants of it with changes. */
class Ack855MappingTest {

    private final OrderForAnswer order = X12Documents.potest1112();

    @Test
    void acceptsAndRejectsLineByLineAsTheRealDocumentSays() {
        Ack855Mapping.Result result = map(X12Documents.corpus("855.edi"));

        assertThat(result.problems()).isEmpty();
        AcknowledgmentRequest request = result.request();
        assertThat(request.orderId()).isEqualTo(order.id());
        assertThat(request.revision()).isEqualTo(1);
        assertThat(request.idempotencyKey()).isEqualTo("x12:key");
        assertThat(request.lines()).extracting(LineAnswer::lineNumber, LineAnswer::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, SupplierAnswer.Decision.ACCEPT),
                org.assertj.core.groups.Tuple.tuple(2, SupplierAnswer.Decision.REJECT),
                org.assertj.core.groups.Tuple.tuple(3, SupplierAnswer.Decision.REJECT),
                org.assertj.core.groups.Tuple.tuple(4, SupplierAnswer.Decision.ACCEPT));
        assertThat(request.lines().get(1).rejectReason()).contains("ACK01 IR");
    }

    @Test
    void aQuantityChangeProposesTheNewQuantityAndItsDate() {
        Ack855Mapping.Result result = map(X12Documents.corpus("855.edi")
                .replace("ACK*IA*2*UN************************BI*ACK*AC", "ACK*IQ*1*UN*068*20201109"));

        LineAnswer line4 = result.request().lines().get(3);
        assertThat(line4.decision()).isEqualTo(SupplierAnswer.Decision.PROPOSE);
        assertThat(line4.quantity()).isEqualByComparingTo("1");
        assertThat(line4.date()).isEqualTo(LocalDate.of(2020, 11, 9));
        assertThat(line4.unitPrice()).isNull();
    }

    @Test
    void aRescheduledDateProposesOnlyTheDate() {
        LineAnswer line1 = map(X12Documents.corpus("855.edi").replace("ACK*IA*3*UN************************BI*ACK*AC", "ACK*DR*3*UN*068*20201120"))
                .request().lines().get(0);

        assertThat(line1.decision()).isEqualTo(SupplierAnswer.Decision.PROPOSE);
        assertThat(line1.quantity()).isNull();
        assertThat(line1.date()).isEqualTo(LocalDate.of(2020, 11, 20));
    }

    @Test
    void aPriceChangeTakesTheNewPriceFromPo104() {
        LineAnswer line1 = map(X12Documents.corpus("855.edi").replace("PO1*1*3*UN*4.5", "PO1*1*3*UN*4.75")
                .replace("ACK*IA*3*UN", "ACK*IP*3*UN")).request().lines().get(0);

        assertThat(line1.decision()).isEqualTo(SupplierAnswer.Decision.PROPOSE);
        assertThat(line1.unitPrice()).isEqualByComparingTo(new BigDecimal("4.75"));
        assertThat(line1.quantity()).isNull();
    }

    @Test
    void twoAcksWithQuantitiesAndDatesSplitTheLine() {
        LineAnswer line1 = map(X12Documents.corpus("855.edi")
                .replace("ACK*IA*3*UN************************BI*ACK*AC~", "ACK*IC*2*UN*068*20201105~ACK*IC*1*UN*068*20201112~")
                .replace("SE*26*0005", "SE*27*0005")).request().lines().get(0);

        assertThat(line1.isSplit()).isTrue();
        assertThat(line1.deliveries()).containsExactly(
                new LineAnswer.Delivery(new BigDecimal("2"), LocalDate.of(2020, 11, 5)),
                new LineAnswer.Delivery(new BigDecimal("1"), LocalDate.of(2020, 11, 12)));
    }

    @Test
    void aLineTheOrderDoesNotHaveIsRefusedNamingIt() {
        Ack855Mapping.Result result = map(X12Documents.corpus("855.edi").replace("PO1*4*2*UN", "PO1*7*2*UN"));

        assertThat(result.mapped()).isFalse();
        assertThat(result.problems()).containsExactly("PO1 (segment 21): PO POTEST1112 revision 1 has no line 7");
    }

    @Test
    void anAnswerCodeThePortalDoesNotTakeIsRefused() {
        Ack855Mapping.Result result = map(X12Documents.corpus("855.edi").replace("ACK*IA*3*UN", "ACK*IB*3*UN"));

        assertThat(result.problems()).singleElement().asString().contains("ACK01 'IB'");
    }

    @Test
    void aHeaderOnlyAcceptanceAcceptsEveryLineAwaitingAnAnswer() {
        X12Transaction transaction = ack("BAK*00*AT*POTEST1112*20201015~");

        Ack855Mapping.Result result = Ack855Mapping.toRequest(transaction, order, "k", null);

        assertThat(result.request().lines()).extracting(LineAnswer::decision)
                .containsOnly(SupplierAnswer.Decision.ACCEPT).hasSize(4);
    }

    @Test
    void theHeaderOnlyCorpus855sWithChangesButNoLinesAreRefused() {
        X12Transaction transaction = X12ReaderTest.read(X12Documents.corpus("multi-tx-transaction-type.edi")).transactions().get(0);

        assertThat(Ack855Mapping.orderNumber(transaction)).isEqualTo("ORDER1");
        assertThat(Ack855Mapping.toRequest(transaction, order, "k", null).problems())
                .singleElement().asString().startsWith("BAK02 'AC' without PO1 lines");
    }

    private Ack855Mapping.Result map(String document) {
        X12Transaction transaction = X12ReaderTest.read(document).transactions().get(0);
        assertThat(transaction.problems()).isEmpty();
        assertThat(Ack855Mapping.orderNumber(transaction)).isEqualTo("POTEST1112");
        return Ack855Mapping.toRequest(transaction, order, "x12:key", "From 855");
    }

    private static X12Transaction ack(String body) {
        long segments = body.chars().filter(c -> c == '~').count() + 2;
        String text = "ISA*00*          *00*          *ZZ*1556150        *ZZ*123MILL        *201015*1534*U*00401*000000005*0*P*>~"
                + "GS*PR*1556150*123MILL*20201015*1534*5*X*004010~ST*855*0005~" + body + "SE*" + segments + "*0005~GE*1*5~IEA*1*000000005~";
        X12Transaction transaction = X12ReaderTest.read(text).transactions().get(0);
        assertThat(transaction.problems()).isEqualTo(List.of());
        return transaction;
    }
}
