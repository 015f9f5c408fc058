package org.supplierportal.tolerance;

import java.util.List;
import java.util.stream.Collectors;

/** The verdict on one line's answer: committed at once, or a buyer decides; with every rule's check. */
public record LineEvaluation(Outcome outcome, List<RuleCheck> checks) {

    public enum Outcome {
        /** Inside every tolerance: the answer becomes the line's commitment at once. */
        COMMIT,
        /** Outside a tolerance, or a case that always needs a buyer. */
        BUYER_DECIDES
    }

    public LineEvaluation {
        checks = List.copyOf(checks);
    }

    /** The checks that sent the answer to a buyer, in one sentence; empty when none did. */
    public String reasonForBuyer() {
        return checks.stream().filter(check -> !check.withinLimit()).map(RuleCheck::explanation)
                .collect(Collectors.joining(" "));
    }

    /** A short sentence for the person answering: what will happen and why. */
    public String summary() {
        if (outcome == Outcome.COMMIT) {
            return checks.isEmpty() ? "Confirmed at once." : "Confirmed at once: within your tolerances.";
        }
        return "Goes to a buyer: " + reasonForBuyer();
    }
}
