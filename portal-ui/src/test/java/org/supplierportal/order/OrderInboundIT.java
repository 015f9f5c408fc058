package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/** The inbound service against the real database: creation, revisions, idempotency, isolation. */
@PortalIntegrationTest
class OrderInboundIT {

    private static final LocalDate IN_A_MONTH = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    Actors actors;

    @Test
    void theSameDocumentTwiceChangesNothing() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "A-1", "100", "2.50", IN_A_MONTH);

        InboundResult first = actors.asSystem(() -> inbound.receive(order.build()));
        InboundResult again = actors.asSystem(() -> inbound.receive(order.build()));

        assertThat(first.kind()).isEqualTo(InboundResult.Kind.CREATED);
        assertThat(again.kind()).isEqualTo(InboundResult.Kind.UNCHANGED);
        assertThat(again.orderId()).isEqualTo(first.orderId());
        OrderDetail detail = actors.as(actors.supplierUser("acme-metals"), () -> orders.detail(first.orderId()));
        assertThat(detail.revisions()).hasSize(1);
        assertThat(detail.summary().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void aChangedDocumentBecomesANewRevisionWithTheChangeView() {
        TestOrders.Builder order = TestOrders.order("SUP-1001")
                .line(10, "A-1", "100", "2.50", IN_A_MONTH).line(20, "A-2", "40", "9.00", IN_A_MONTH);
        InboundResult created = actors.asSystem(() -> inbound.receive(order.build()));

        InboundResult revised = actors.asSystem(() -> inbound.receive(order.marker(2)
                .line(20, "A-2", "60", "9.00", IN_A_MONTH).line(30, "A-3", "5", "1.00", IN_A_MONTH).build()));

        assertThat(revised.kind()).isEqualTo(InboundResult.Kind.REVISED);
        assertThat(revised.revision()).isEqualTo(2);
        RevisionComparison changes = actors.as(actors.supplierUser("acme-metals"),
                () -> orders.changesSinceLastAnswer(created.orderId()));
        assertThat(changes.changes()).extracting(RevisionChange::lineNumber, RevisionChange::field, RevisionChange::before, RevisionChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(20, "Quantity", "40", "60"),
                        org.assertj.core.groups.Tuple.tuple(30, "Line", null, "A-3, 5 pcs, " + IN_A_MONTH));
    }

    @Test
    void anOlderRevisionArrivingLateIsIgnored() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "A-1", "100", "2.50", IN_A_MONTH).marker(5);
        actors.asSystem(() -> inbound.receive(order.build()));

        InboundResult late = actors.asSystem(() -> inbound.receive(order.marker(4).line(10, "A-1", "999", "2.50", IN_A_MONTH).build()));

        assertThat(late.kind()).isEqualTo(InboundResult.Kind.IGNORED_OLDER);
        OrderDetail detail = actors.asSystem(() -> orders.detail(late.orderId()));
        assertThat(detail.lines().getFirst().quantity()).isEqualByComparingTo("100");
    }

    @Test
    void anOrderForAPartyNoTenantClaimsIsParkedNotDropped() {
        InboundResult parked = actors.asSystem(() -> inbound.receive(
                TestOrders.order("SUP-UNKNOWN").line(10, "A-1", "1", "1", IN_A_MONTH).build()));

        assertThat(parked.kind()).isEqualTo(InboundResult.Kind.PARKED);
        assertThat(parked.message()).contains("SUP-UNKNOWN");
    }

    @Test
    void aMalformedDocumentIsRefusedWithEveryProblem() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "A-1", "-5", "2.50", IN_A_MONTH).currency("EURO");

        assertThatThrownBy(() -> actors.asSystem(() -> inbound.receive(order.build())))
                .isInstanceOf(InvalidOrderDocumentException.class)
                .hasMessageContaining("'EURO' is not an ISO currency code")
                .hasMessageContaining("line 10: the quantity must be more than zero");
    }

    @Test
    void anotherSupplierAskingForTheOrderByIdGetsNotFound() {
        InboundResult created = actors.asSystem(() -> inbound.receive(
                TestOrders.order("SUP-1001").line(10, "A-1", "1", "1", IN_A_MONTH).build()));

        assertThatThrownBy(() -> actors.as(actors.supplierUser("nordic-plastics"), () -> orders.detail(created.orderId())))
                .isInstanceOf(OrderNotFoundException.class);
        List<OrderSummary> nordicSees = actors.as(actors.supplierUser("nordic-plastics"),
                () -> orders.search(OrderFilter.ALL, OrderSort.ORDER_DATE_DESC, 0, 1000));
        assertThat(nordicSees).extracting(OrderSummary::id).doesNotContain(created.orderId());
    }

    @Test
    void searchFindsOrdersByPoNumberOrPartNumberPrefix() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "ZZ-UNIQUE-77", "1", "1", IN_A_MONTH);
        InboundResult created = actors.asSystem(() -> inbound.receive(order.build()));
        var acme = actors.supplierUser("acme-metals");

        assertThat(actors.as(acme, () -> orders.search(new OrderFilter(null, false, null, null, "ZZ-UNIQUE", null),
                OrderSort.ORDER_DATE_DESC, 0, 10))).extracting(OrderSummary::id).containsExactly(created.orderId());
        assertThat(actors.as(acme, () -> orders.search(new OrderFilter(null, false, null, null, order.number(), null),
                OrderSort.ORDER_DATE_DESC, 0, 10))).extracting(OrderSummary::id).containsExactly(created.orderId());
        assertThat(actors.as(acme, () -> orders.count(new OrderFilter(null, false, null, null, "ZZ-UNIQUE", null), 100))).isEqualTo(1);
    }

    @Test
    void searchCombinesAPartNumberPrefixWithAnOrderDateRange() {
        LocalDate ordered = LocalDate.of(2024, 3, 14);
        TestOrders.Builder order = TestOrders.order("SUP-1001").orderDate(ordered).line(10, "ZZ-RANGE-31", "1", "1", IN_A_MONTH);
        InboundResult created = actors.asSystem(() -> inbound.receive(order.build()));
        var acme = actors.supplierUser("acme-metals");

        OrderFilter around = new OrderFilter(null, false, ordered.minusDays(1), ordered.plusDays(1), "ZZ-RANGE", null);
        OrderFilter before = new OrderFilter(null, false, ordered.minusDays(9), ordered.minusDays(1), "ZZ-RANGE", null);

        assertThat(actors.as(acme, () -> orders.search(around, OrderSort.NUMBER_ASC, 0, 10)))
                .extracting(OrderSummary::id).containsExactly(created.orderId());
        assertThat(actors.as(acme, () -> orders.searchAfter(around, null, null, 10)))
                .extracting(OrderSummary::id).containsExactly(created.orderId());
        assertThat(actors.as(acme, () -> orders.count(around, 100))).isEqualTo(1);
        assertThat(actors.as(acme, () -> orders.search(before, OrderSort.NUMBER_ASC, 0, 10))).isEmpty();
        assertThat(actors.as(acme, () -> orders.count(before, 100))).isZero();
    }

    @Test
    void keysetPagesWalkEveryOrderOnceNewestFirst() {
        LocalDate day = LocalDate.of(2023, 5, 2);
        String part = "ZZ-PAGES-" + TestOrders.newNumber();
        List<OrderId> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestOrders.Builder order = TestOrders.order("SUP-1001").orderDate(day.plusDays(i % 3)).line(10, part, "1", "1", IN_A_MONTH);
            created.add(actors.asSystem(() -> inbound.receive(order.build())).orderId());
        }
        var acme = actors.supplierUser("acme-metals");
        OrderFilter filter = new OrderFilter(null, false, null, null, part, null);

        List<OrderSummary> walked = new java.util.ArrayList<>();
        List<OrderSummary> page = actors.as(acme, () -> orders.searchAfter(filter, null, null, 2));
        while (!page.isEmpty()) {
            walked.addAll(page);
            OrderSummary last = page.getLast();
            page = actors.as(acme, () -> orders.searchAfter(filter, last.orderDate(), last.id().value(), 2));
        }

        assertThat(walked).extracting(OrderSummary::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(walked).extracting(OrderSummary::orderDate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(actors.as(acme, () -> orders.search(filter, OrderSort.ORDER_DATE_DESC, 0, 10)))
                .extracting(OrderSummary::id).containsExactlyElementsOf(walked.stream().map(OrderSummary::id).toList());
    }

    @Test
    void aBuyerNarrowsTheListToOneSupplierAndASupplierCannotWidenIt() {
        TestOrders.Builder order = TestOrders.order("SUP-1001").line(10, "ZZ-WHO-5", "1", "1", IN_A_MONTH);
        InboundResult created = actors.asSystem(() -> inbound.receive(order.build()));
        var acmeId = actors.tenant("acme-metals").id();
        var nordicId = actors.tenant("nordic-plastics").id();

        assertThat(actors.as(actors.buyer(), () -> orders.search(new OrderFilter(null, false, null, null, "ZZ-WHO-5", acmeId),
                OrderSort.ORDER_DATE_DESC, 0, 10))).extracting(OrderSummary::id).containsExactly(created.orderId());
        assertThat(actors.as(actors.buyer(), () -> orders.search(new OrderFilter(null, false, null, null, "ZZ-WHO-5", nordicId),
                OrderSort.ORDER_DATE_DESC, 0, 10))).isEmpty();
        assertThat(actors.as(actors.supplierUser("nordic-plastics"), () -> orders.searchAfter(
                new OrderFilter(null, false, null, null, "ZZ-WHO-5", acmeId), null, null, 10))).isEmpty();
    }
}
