package org.supplierportal.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.supplierportal.audit.AuditAction;
import org.supplierportal.audit.AuditLog;
import org.supplierportal.audit.AuditRecord;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.order.CommitmentSource;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDetail;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderNotFoundException;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.order.OrderStatus;
import org.supplierportal.order.OverdueAcknowledgments;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;
import org.supplierportal.testsupport.TestOrders;

/**
 * Acknowledging against the real database, with Acme Metals' own tolerances (quantity 5 % over, 0 % under;
 * 3 days early, 2 days late; price 10 % below, 0 % above): inside, outside, and every buyer decision.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class AcknowledgmentFlowIT {

    private static final LocalDate REQUESTED = LocalDate.now().plusDays(30);

    @Autowired
    OrderInbound inbound;
    @Autowired
    OrderQueries orders;
    @Autowired
    AcknowledgmentService acknowledgments;
    @Autowired
    AcknowledgmentQueries recorded;
    @Autowired
    InboxQueries inbox;
    @Autowired
    BuyerDecisions decisions;
    @Autowired
    OverdueAcknowledgments overdue;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Actors actors;
    @Autowired
    ApplicationEvents events;

    @Test
    void answersInsideToleranceAreCommittedAtOnceAndTheErpIsTold() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");

        AcknowledgmentResult result = actors.as(anna, () -> acknowledgments.submit(request(order, 1,
                LineAnswer.accept(10), LineAnswer.propose(20, new BigDecimal("42"), REQUESTED.plusDays(2), null))));

        assertThat(result.committedCount()).isEqualTo(2);
        OrderDetail detail = actors.as(anna, () -> orders.detail(order));
        assertThat(detail.summary().status()).isEqualTo(OrderStatus.CONFIRMED);
        OrderLineView line20 = detail.lines().get(1);
        assertThat(line20.status()).isEqualTo(LineStatus.COMMITTED);
        assertThat(line20.commitment().totalQuantity()).isEqualByComparingTo("42");
        assertThat(line20.commitment().lastDate()).isEqualTo(REQUESTED.plusDays(2));
        assertThat(line20.commitmentSource()).isEqualTo(CommitmentSource.WITHIN_TOLERANCE);
        assertThat(events.stream(OrderEvents.CommitmentMade.class).filter(event -> event.orderId().equals(order)))
                .extracting(OrderEvents.CommitmentMade::lineNumber).containsExactlyInAnyOrder(10, 20);
    }

    @Test
    void anAnswerOutsideToleranceGoesToTheBuyerWhoApprovesIt() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");

        AcknowledgmentResult result = actors.as(anna, () -> acknowledgments.submit(request(order, 1,
                LineAnswer.accept(10), LineAnswer.propose(20, null, REQUESTED.plusDays(9), null))));

        assertThat(result.toBuyerCount()).isEqualTo(1);
        assertThat(result.lines().get(1).explanation()).contains("9 days later than requested").contains("the limit is 2 days late");
        assertThat(actors.as(anna, () -> orders.detail(order)).summary().status()).isEqualTo(OrderStatus.IN_REVIEW);

        ExceptionView exception = awaitException(order, ExceptionType.OUTSIDE_TOLERANCE);
        assertThat(exception.supplierName()).isEqualTo("Acme Metals");
        assertThat(exception.orderedSummary().english()).isEqualTo("40 pcs on " + REQUESTED + " at 9 EUR");
        assertThat(exception.proposedSummary().english()).isEqualTo("40 pcs on " + REQUESTED.plusDays(9) + " at 9 EUR");

        actors.as(actors.buyer(), () -> decisions.approve(exception.id(), "Fine this time"));

        OrderLineView line20 = actors.as(anna, () -> orders.detail(order)).lines().get(1);
        assertThat(line20.status()).isEqualTo(LineStatus.COMMITTED);
        assertThat(line20.commitment().lastDate()).isEqualTo(REQUESTED.plusDays(9));
        assertThat(line20.commitmentSource()).isEqualTo(CommitmentSource.BUYER_APPROVED);
        assertThat(actors.as(actors.buyer(), () -> inbox.find(exception.id())).status()).isEqualTo(ExceptionStatus.APPROVED);
        List<AuditRecord> trail = actors.as(anna, () -> auditLog.trailOf("PurchaseOrder", order.toString()));
        assertThat(trail).extracting(AuditRecord::action)
                .contains(AuditAction.ORDER_RECEIVED, AuditAction.ACKNOWLEDGMENT_SUBMITTED, AuditAction.EXCEPTION_RAISED,
                        AuditAction.EXCEPTION_APPROVED, AuditAction.LINE_COMMITTED);
    }

    @Test
    void aBuyerRejectionSendsTheLineBackToTheSupplier() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");
        actors.as(anna, () -> acknowledgments.submit(request(order, 1,
                LineAnswer.accept(10), LineAnswer.propose(20, new BigDecimal("30"), null, null))));
        ExceptionView exception = awaitException(order, ExceptionType.OUTSIDE_TOLERANCE);

        actors.as(actors.buyer(), () -> decisions.reject(exception.id(), "We need all 40"));

        OrderDetail detail = actors.as(anna, () -> orders.detail(order));
        assertThat(detail.summary().status()).isEqualTo(OrderStatus.ACTION_REQUIRED);
        assertThat(detail.lines().get(1).status()).isEqualTo(LineStatus.AWAITING_ANSWER);
        assertThat(detail.lines().get(1).statusNote().english()).contains("We need all 40");

        actors.as(anna, () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(20))));
        assertThat(actors.as(anna, () -> orders.detail(order)).summary().status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aCounterProposalIsAcceptedOrRejectedByTheSupplier() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");
        actors.as(anna, () -> acknowledgments.submit(request(order, 1,
                LineAnswer.reject(10, "Tooling broken"), LineAnswer.propose(20, null, REQUESTED.plusDays(20), null))));
        ExceptionView rejection = awaitException(order, ExceptionType.SUPPLIER_REJECTED_LINE);
        ExceptionView late = awaitException(order, ExceptionType.OUTSIDE_TOLERANCE);

        actors.as(actors.buyer(), () -> decisions.counter(late.id(), new CounterProposal(null, REQUESTED.plusDays(10), null), null));
        actors.as(actors.buyer(), () -> decisions.counter(rejection.id(), new CounterProposal(new BigDecimal("50"), null, null), "Half?"));

        assertThat(actors.as(anna, () -> orders.detail(order)).lines()).extracting(OrderLineView::status)
                .containsExactly(LineStatus.COUNTER_PROPOSED, LineStatus.COUNTER_PROPOSED);
        actors.as(anna, () -> acknowledgments.respondToCounter(order, 20, true, null));
        actors.as(anna, () -> acknowledgments.respondToCounter(order, 10, false, "Not even half"));

        OrderDetail detail = actors.as(anna, () -> orders.detail(order));
        assertThat(detail.lines().get(1).status()).isEqualTo(LineStatus.COMMITTED);
        assertThat(detail.lines().get(1).commitment().lastDate()).isEqualTo(REQUESTED.plusDays(10));
        assertThat(detail.lines().get(1).commitmentSource()).isEqualTo(CommitmentSource.COUNTER_ACCEPTED);
        assertThat(detail.lines().get(0).status()).isEqualTo(LineStatus.BUYER_REVIEW);
        assertThat(awaitException(order, ExceptionType.COUNTER_REJECTED).proposedSummary().english()).contains("Not even half");
    }

    @Test
    void anAnswerToARevisionThatIsNoLongerCurrentIsRefusedWithTheChanges() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "B-1", "100", "2.50", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receive(document.build())).orderId();
        actors.asSystem(() -> inbound.receive(document.marker(2).line(10, "B-1", "150", "2.50", REQUESTED).build()));
        CurrentUser anna = actors.supplierUser("acme-metals");

        assertThatThrownBy(() -> actors.as(anna, () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(10)))))
                .isInstanceOfSatisfying(StaleRevisionException.class, stale -> {
                    assertThat(stale.currentRevision()).isEqualTo(2);
                    assertThat(stale.changes().changes()).extracting(change -> change.before() + "->" + change.after())
                            .containsExactly("100->150");
                });
        assertThat(actors.as(anna, () -> recorded.historyOf(order))).isEmpty();
    }

    @Test
    void aDoubleSubmissionRecordsOneAcknowledgment() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");
        AcknowledgmentRequest request = request(order, 1, LineAnswer.accept(10), LineAnswer.accept(20));

        AcknowledgmentResult first = actors.as(anna, () -> acknowledgments.submit(request));
        AcknowledgmentResult second = actors.as(anna, () -> acknowledgments.submit(request));

        assertThat(second.acknowledgmentId()).isEqualTo(first.acknowledgmentId());
        assertThat(actors.as(anna, () -> recorded.historyOf(order))).hasSize(1);
        assertThatThrownBy(() -> actors.as(anna, () -> acknowledgments.submit(
                request(order, 1, LineAnswer.accept(10), LineAnswer.accept(20)))))
                .isInstanceOf(AlreadyAnsweredException.class)
                .hasMessageContaining("was already acknowledged by Tess Supplier");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsRecorded() {
        OrderId order = twoLineOrder();
        CurrentUser anna = actors.supplierUser("acme-metals");

        assertThatThrownBy(() -> actors.as(anna, () -> acknowledgments.submit(request(order, 1,
                LineAnswer.propose(10, new BigDecimal("-3"), LocalDate.now().minusDays(1), new BigDecimal("2.505")),
                LineAnswer.reject(20, " "),
                LineAnswer.accept(70)))))
                .isInstanceOfSatisfying(InvalidAcknowledgmentException.class, invalid ->
                        assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "Enter a quantity above zero."),
                                org.assertj.core.groups.Tuple.tuple("lines[0].date", "The date " + LocalDate.now().minusDays(1) + " is in the past."),
                                org.assertj.core.groups.Tuple.tuple("lines[0].unitPrice", "EUR prices have at most 2 decimals; 2.505 has more."),
                                org.assertj.core.groups.Tuple.tuple("lines[1].rejectReason", "Say why you reject this line."),
                                org.assertj.core.groups.Tuple.tuple("lines[2].lineNumber", "PO " + number(order) + " has no line 70.")));
        assertThatThrownBy(() -> actors.as(anna, () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(10)))))
                .hasMessageContaining("Answer every open line: line 20 has no answer.");
        assertThat(actors.as(anna, () -> recorded.historyOf(order))).isEmpty();
        assertThat(actors.as(anna, () -> orders.detail(order)).summary().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void aLateAcknowledgmentRaisesAnExceptionThatResolvesWhenTheSupplierAnswers() {
        TestOrders.Builder document = TestOrders.order("SUP-1001").line(10, "C-1", "10", "5", REQUESTED);
        OrderId order = actors.asSystem(() -> inbound.receiveAsOf(document.build(), Instant.now().minus(Duration.ofDays(8)))).orderId();

        actors.asSystem(() -> overdue.raiseNewlyOverdue());
        ExceptionView late = awaitException(order, ExceptionType.ACKNOWLEDGMENT_OVERDUE);
        assertThat(late.rule()).startsWith("The acknowledgment of revision 1 was due");
        actors.asSystem(() -> overdue.raiseNewlyOverdue());
        assertThat(exceptionsOf(order)).hasSize(1);

        actors.as(actors.supplierUser("acme-metals"), () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(10))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(actors.as(actors.buyer(), () -> inbox.find(late.id())).status()).isEqualTo(ExceptionStatus.RESOLVED));
    }

    @Test
    void anotherSupplierCannotAnswerOrReadTheOrder() {
        OrderId order = twoLineOrder();
        CurrentUser nils = actors.supplierUser("nordic-plastics");

        assertThatThrownBy(() -> actors.as(nils, () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(10), LineAnswer.accept(20)))))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> actors.as(nils, () -> acknowledgments.prepare(order))).isInstanceOf(OrderNotFoundException.class);
        AcknowledgmentResult annas = actors.as(actors.supplierUser("acme-metals"),
                () -> acknowledgments.submit(request(order, 1, LineAnswer.accept(10), LineAnswer.accept(20))));
        assertThat(actors.as(nils, () -> recorded.find(annas.acknowledgmentId()))).isEmpty();
        assertThat(actors.as(nils, () -> auditLog.trailOf("PurchaseOrder", order.toString()))).isEmpty();
    }

    private OrderId twoLineOrder() {
        InboundResult created = actors.asSystem(() -> inbound.receive(TestOrders.order("SUP-1001")
                .line(10, "A-" + UUID.randomUUID().toString().substring(0, 4), "100", "2.50", REQUESTED)
                .line(20, "B-9", "40", "9.00", REQUESTED).build()));
        return created.orderId();
    }

    private String number(OrderId order) {
        return actors.asSystem(() -> orders.detail(order)).summary().number();
    }

    private ExceptionView awaitException(OrderId order, ExceptionType type) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> exceptionsOf(order).stream()
                        .filter(exception -> exception.type() == type && exception.status() == ExceptionStatus.OPEN).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private List<ExceptionView> exceptionsOf(OrderId order) {
        return actors.as(actors.buyer(), () -> inbox.ofOrder(order));
    }

    private static AcknowledgmentRequest request(OrderId order, int revision, LineAnswer... answers) {
        return new AcknowledgmentRequest(order, revision, UUID.randomUUID().toString(), null, List.of(answers));
    }
}
