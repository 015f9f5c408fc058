package org.supplierportal.inbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.supplierportal.order.CounterProposal;
import org.supplierportal.tenant.RuleText;

/** Whether a buyer's counter-proposal can go to the supplier. Pure: every problem is returned, nothing thrown. */
final class CounterProposalRule {

    private CounterProposalRule() {
    }

    static CounterProposalCheck check(CounterProposal counter, LocalDate today) {
        Map<String, RuleText> problems = new LinkedHashMap<>();
        if (counter.quantity() == null && counter.date() == null && counter.unitPrice() == null) {
            problems.put("quantity", RuleText.of("decisionRule.counterEmpty"));
        }
        if (counter.quantity() != null && counter.quantity().signum() <= 0) {
            problems.put("quantity", RuleText.of("decisionRule.counterQuantity"));
        }
        if (counter.date() != null && counter.date().isBefore(today)) {
            problems.put("date", RuleText.of("decisionRule.counterDatePast", counter.date().toString()));
        }
        if (counter.unitPrice() != null && counter.unitPrice().signum() <= 0) {
            problems.put("unitPrice", RuleText.of("decisionRule.counterPrice"));
        }
        return new CounterProposalCheck(problems);
    }
}
