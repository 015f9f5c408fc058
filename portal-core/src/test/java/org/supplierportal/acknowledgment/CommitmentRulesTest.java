package org.supplierportal.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.Commitment;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.SupplierAnswer;

class CommitmentRulesTest {

    static final LocalDate REQUESTED = LocalDate.of(2026, 12, 15);
    static final BigDecimal PRICE = new BigDecimal("12.50");

    @Test
    void acceptingKeepsTheOrderedQuantityDateAndPrice() {
        assertThat(CommitmentRules.ofAnswer(SupplierAnswer.accept(), line(List.of())))
                .isEqualTo(new Commitment(List.of(delivery("100", REQUESTED)), PRICE));
    }

    @Test
    void acceptingAScheduledLineKeepsTheBuyersSchedule() {
        OrderLineView scheduled = line(List.of(new OrderDocument.Schedule(new BigDecimal("60"), REQUESTED),
                new OrderDocument.Schedule(new BigDecimal("40"), REQUESTED.plusDays(7))));
        assertThat(CommitmentRules.ofAnswer(SupplierAnswer.accept(), scheduled).deliveries())
                .containsExactly(delivery("60", REQUESTED), delivery("40", REQUESTED.plusDays(7)));
    }

    @Test
    void aProposalBringsItsOwnDeliveriesAndKeepsTheOrderedPriceWhenItNamesNone() {
        SupplierAnswer proposal = new SupplierAnswer(SupplierAnswer.Decision.PROPOSE,
                List.of(new SupplierAnswer.Delivery(new BigDecimal("90"), REQUESTED.plusDays(3))), "pcs", null, "EUR");
        assertThat(CommitmentRules.ofAnswer(proposal, line(List.of())))
                .isEqualTo(new Commitment(List.of(delivery("90", REQUESTED.plusDays(3))), PRICE));
    }

    @Test
    void anAcceptedCounterTakesTheBuyersValuesThenTheProposalThenTheOrder() {
        List<Commitment.Delivery> proposed = List.of(delivery("50", REQUESTED.plusDays(2)), delivery("30", REQUESTED.plusDays(9)));
        assertThat(CommitmentRules.ofAcceptedCounter(new CounterProposal(null, REQUESTED.plusDays(5), null), proposed,
                new BigDecimal("13.00"), line(List.of())))
                .isEqualTo(new Commitment(List.of(delivery("80", REQUESTED.plusDays(5))), new BigDecimal("13.00")));
        assertThat(CommitmentRules.ofAcceptedCounter(new CounterProposal(new BigDecimal("95"), null, null), List.of(), null,
                line(List.of())))
                .isEqualTo(new Commitment(List.of(delivery("95", REQUESTED)), PRICE));
        assertThat(CommitmentRules.ofAcceptedCounter(new CounterProposal(null, null, new BigDecimal("12.00")), proposed,
                null, line(List.of())))
                .isEqualTo(new Commitment(List.of(delivery("80", REQUESTED.plusDays(9))), new BigDecimal("12.00")));
    }

    private static Commitment.Delivery delivery(String quantity, LocalDate date) {
        return new Commitment.Delivery(new BigDecimal(quantity), date);
    }

    private static OrderLineView line(List<OrderDocument.Schedule> schedule) {
        return new OrderLineView(UUID.randomUUID(), 10, "l10", "BR-1", null, "Bracket", new BigDecimal("100"), "pcs",
                PRICE, BigDecimal.ONE, REQUESTED, schedule, LineStatus.AWAITING_ANSWER, 1, null, null, null, null, null,
                BigDecimal.ZERO);
    }
}
