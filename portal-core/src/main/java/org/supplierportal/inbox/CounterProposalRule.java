package org.supplierportal.inbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.supplierportal.order.CounterProposal;

/** Whether a buyer's counter-proposal can go to the supplier. Pure: every problem is returned, nothing thrown. */
final class CounterProposalRule {

    private CounterProposalRule() {
    }

    static CounterProposalCheck check(CounterProposal counter, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (counter.quantity() == null && counter.date() == null && counter.unitPrice() == null) {
            problems.put("quantity", "Give at least a quantity, a date or a price to propose.");
        }
        if (counter.quantity() != null && counter.quantity().signum() <= 0) {
            problems.put("quantity", "Enter a quantity above zero.");
        }
        if (counter.date() != null && counter.date().isBefore(today)) {
            problems.put("date", "The date " + counter.date() + " is in the past.");
        }
        if (counter.unitPrice() != null && counter.unitPrice().signum() <= 0) {
            problems.put("unitPrice", "Enter a price above zero.");
        }
        return new CounterProposalCheck(problems);
    }
}
