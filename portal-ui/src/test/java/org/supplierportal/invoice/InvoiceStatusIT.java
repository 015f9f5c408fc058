package org.supplierportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.shipment.ReceiptDocument;
import org.supplierportal.shipment.ReceiptInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/** Invoice states as an ERP reports them: idempotent, matched against the order, isolated per supplier. */
@PortalIntegrationTest
class InvoiceStatusIT {

    @Autowired
    InvoiceInbound inbound;
    @Autowired
    InvoiceQueries invoices;
    @Autowired
    OrderInbound orders;
    @Autowired
    ReceiptInbound receipts;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anInvoiceMovesFromReceivedToPaidOnceEachAndOnlyItsSupplierSeesIt() {
        TestOrders.Builder order = receivedOrder();
        String id = "INV-" + UUID.randomUUID();

        InvoiceResult first = actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.RECEIVED, "1.85", null)));
        InvoiceResult again = actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.RECEIVED, "1.85", null)));
        actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.APPROVED, "1.85", null)));
        actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.PAID, "1.85", LocalDate.now())));

        assertThat(first.kind()).isEqualTo(InvoiceResult.Kind.CREATED);
        assertThat(again.kind()).isEqualTo(InvoiceResult.Kind.UNCHANGED);
        InvoiceView paid = actors.as(actors.supplierUser("acme-metals"), () -> invoices.find(first.invoiceId()));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(LocalDate.now());
        assertThat(paid.paymentReference()).isEqualTo("PAY-77");
        assertThat(paid.orderNumber()).isEqualTo(order.number());
        assertThat(paid.history()).extracting(InvoiceView.Change::status)
                .containsExactly(InvoiceStatus.RECEIVED, InvoiceStatus.APPROVED, InvoiceStatus.PAID);
        assertThat(actors.as(actors.supplierUser("nordic-plastics"), () -> invoices.search(InvoiceFilter.all())))
                .extracting(InvoiceView::id).doesNotContain(first.invoiceId());
        assertThat(actors.as(actors.buyer(), () -> invoices.search(new InvoiceFilter(InvoiceStatus.PAID, id))))
                .extracting(InvoiceView::id).containsExactly(first.invoiceId());
    }

    @Test
    void aPriceAboveTheAgreedOneBlocksTheInvoiceWithTheReasonUntilApproved() {
        TestOrders.Builder order = receivedOrder();
        String id = "INV-" + UUID.randomUUID();

        InvoiceResult blocked = actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.IN_MATCHING, "2.10", null)));
        assertThat(blocked.status()).isEqualTo(InvoiceStatus.BLOCKED);
        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> invoices.find(blocked.invoiceId())).blockReason().english())
                .contains("Price variance on line 10").contains("invoiced 2.1 EUR, agreed 1.85 EUR");

        assertThat(actors.as(actors.supplierUser("acme-metals"), () -> invoices.find(blocked.invoiceId())).blockReason()
                .in(Locale.GERMAN)).startsWith("Preisabweichung in Position 10");

        // A reason kept in English before it had a key is the same reason: the ERP sending the invoice again changes
        // nothing anyone is told of, and from then on it reads in each reader's language.
        String english = actors.as(actors.buyer(), () -> invoices.find(blocked.invoiceId())).blockReason().english();
        actors.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "update invoice set block_reason = ? where id = ?", english, blocked.invoiceId())));
        assertThat(actors.as(actors.buyer(), () -> invoices.find(blocked.invoiceId())).blockReason().in(Locale.GERMAN))
                .isEqualTo(english);
        InvoiceResult again = actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.IN_MATCHING, "2.10", null)));
        assertThat(again.kind()).isEqualTo(InvoiceResult.Kind.UNCHANGED);
        assertThat(actors.as(actors.buyer(), () -> invoices.find(blocked.invoiceId())).blockReason().in(Locale.GERMAN))
                .startsWith("Preisabweichung in Position 10");

        // The buyer released it in the ERP: approved is the ERP's decision, no longer matched.
        InvoiceResult approved = actors.asSystem(() -> inbound.receive(document(order, id, InvoiceStatus.APPROVED, "2.10", null)));
        assertThat(approved.status()).isEqualTo(InvoiceStatus.APPROVED);
    }

    @Test
    void anInvoiceOfACompanyNoSupplierClaimsIsPassedOver() {
        InvoiceResult result = actors.asSystem(() -> inbound.receive(new InvoiceDocument("TEST", "X-" + UUID.randomUUID(),
                "NOBODY-1", "N-1", null, null, LocalDate.now(), "EUR", BigDecimal.TEN, InvoiceStatus.RECEIVED, null, null,
                null, List.of())));
        assertThat(result.kind()).isEqualTo(InvoiceResult.Kind.UNKNOWN_SUPPLIER);
    }

    private TestOrders.Builder receivedOrder() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 6),
                "100", "1.85", LocalDate.now().plusDays(10));
        actors.asSystem(() -> orders.receive(order.build()));
        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(), order.number(),
                order.number() + "-10", new BigDecimal("100"), "pcs", LocalDate.now(), null)));
        return order;
    }

    private static InvoiceDocument document(TestOrders.Builder order, String id, InvoiceStatus status, String price,
                                            LocalDate paidOn) {
        return new InvoiceDocument("TEST", id, "SUP-1001", id, "E-" + id.substring(4, 12), order.number(), LocalDate.now(),
                "EUR", new BigDecimal(price).multiply(new BigDecimal("100")), status, null, paidOn,
                paidOn == null ? null : "PAY-77", List.of(new InvoiceDocument.Line(order.number() + "-10",
                new BigDecimal("100"), new BigDecimal(price))));
    }
}
