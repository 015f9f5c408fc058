package org.supplierportal.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestClock;
import org.supplierportal.testsupport.TestOrders;

/** What goes wrong with shipments reaches the buyer's inbox, once. */
@PortalIntegrationTest
class ShipmentExceptionsIT {

    @Autowired
    OrderInbound inbound;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AsnService asns;
    @Autowired
    ReceiptInbound receipts;
    @Autowired
    ShipmentWatch watch;
    @Autowired
    InboxQueries inbox;
    @Autowired
    Actors actors;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAsnNotReceivedDaysAfterItsArrivalIsRaisedOnce() {
        TestOrders.Builder order = committed(LocalDate.now().plusDays(10));
        OrderId id = idOf(order);
        AsnView asn = actors.as(actors.supplierUser("acme-metals"), () -> asns.create(new AsnDraft(LocalDate.now(),
                LocalDate.now().plusDays(2), "DHL", null, null,
                List.of(new AsnDraft.Line(id.value(), 10, new BigDecimal("10"), null, List.of())), List.of())));

        clock.advance(Duration.ofDays(5));
        actors.asSystem(() -> watch.check());
        actors.asSystem(() -> watch.check());

        ExceptionView raised = awaitException(id, ExceptionType.ASN_NOT_RECEIVED);
        assertThat(raised.rule()).contains("ASN " + asn.number()).contains("have not been received 3 days later");
        assertThat(actors.as(actors.buyer(), () -> inbox.ofOrder(id))).filteredOn(e -> e.type() == ExceptionType.ASN_NOT_RECEIVED).hasSize(1);
    }

    @Test
    void aCommittedLinePastItsDateWithNothingShippedIsRaisedOnce() {
        TestOrders.Builder order = committed(LocalDate.now().plusDays(3));
        OrderId id = idOf(order);

        clock.advance(Duration.ofDays(6));
        actors.asSystem(() -> watch.check());
        actors.asSystem(() -> watch.check());

        ExceptionView raised = awaitException(id, ExceptionType.SHIPMENT_OVERDUE);
        assertThat(raised.rule()).contains("has shipped nothing of it");
        assertThat(actors.as(actors.buyer(), () -> inbox.ofOrder(id))).filteredOn(e -> e.type() == ExceptionType.SHIPMENT_OVERDUE).hasSize(1);
    }

    @Test
    void aReceiptNoAsnNamesGoesToTheBuyer() {
        TestOrders.Builder order = committed(LocalDate.now().plusDays(10));
        OrderId id = idOf(order);

        actors.asSystem(() -> receipts.receive(new ReceiptDocument("TEST", "R-" + UUID.randomUUID(), order.number(),
                order.number() + "-10", new BigDecimal("10"), "pcs", LocalDate.now(), "DELIVERY-NOTE-77")));

        ExceptionView raised = awaitException(id, ExceptionType.RECEIPT_WITHOUT_ASN);
        assertThat(raised.rule()).contains("Received 10 pcs under the reference DELIVERY-NOTE-77, which no ASN of the supplier names");
    }

    private ExceptionView awaitException(OrderId id, ExceptionType type) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> actors.as(actors.buyer(), () -> inbox.ofOrder(id)).stream()
                .filter(e -> e.type() == type).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private TestOrders.Builder committed(LocalDate requested) {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "BR-" + UUID.randomUUID().toString().substring(0, 4),
                "10", "1.85", requested);
        OrderId id = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(new AcknowledgmentRequest(id, 1,
                UUID.randomUUID().toString(), null, List.of(LineAnswer.accept(10)))));
        return document;
    }

    private OrderId idOf(TestOrders.Builder order) {
        return actors.asSystem(() -> inbound.receive(order.build())).orderId();
    }
}
