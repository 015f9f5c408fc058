package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.CounterProposal;

class CounterProposalRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aQuantityADateOrAPriceAloneCanBeProposed() {
        assertThat(CounterProposalRule.check(new CounterProposal(new BigDecimal("50"), null, null), TODAY).passes()).isTrue();
        assertThat(CounterProposalRule.check(new CounterProposal(null, TODAY, null), TODAY).passes()).isTrue();
        assertThat(CounterProposalRule.check(new CounterProposal(null, null, new BigDecimal("0.01")), TODAY).passes()).isTrue();
    }

    @Test
    void proposingNothingAsksForAtLeastOneValue() {
        CounterProposalCheck check = CounterProposalRule.check(new CounterProposal(null, null, null), TODAY);

        assertThat(check.passes()).isFalse();
        assertThat(english(check)).containsExactly(
                entry("quantity", "Give at least a quantity, a date or a price to propose."));
    }

    @Test
    void rejectsQuantitiesAndPricesOfZeroOrLessAndDatesInThePastEachAtItsField() {
        CounterProposalCheck check = CounterProposalRule.check(
                new CounterProposal(BigDecimal.ZERO, TODAY.minusDays(1), new BigDecimal("-1")), TODAY);

        assertThat(english(check)).containsExactly(
                entry("quantity", "Enter a quantity above zero."),
                entry("date", "The date 2026-11-30 is in the past."),
                entry("unitPrice", "Enter a price above zero."));
    }

    private static java.util.Map<String, String> english(CounterProposalCheck check) {
        return new InvalidDecisionException(check.problems()).fieldMessages();
    }
}
