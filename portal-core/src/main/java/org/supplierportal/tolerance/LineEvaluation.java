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

    /** The reasons of the checks that sent the answer to a buyer; empty when none did. */
    public List<Explanation> reasonsForBuyer() {
        return checks.stream().filter(check -> !check.withinLimit()).map(RuleCheck::reason).toList();
    }

    /** The checks that sent the answer to a buyer, in one English sentence; empty when none did. */
    public String reasonForBuyer() {
        return reasonsForBuyer().stream().map(Explanation::english).collect(Collectors.joining(" "));
    }

    /**
     * The key of the short sentence for the person answering: what will happen. The sentence of
     * {@code tolerance.summary.toBuyer} takes the {@link #reasonsForBuyer() reasons} as its argument.
     */
    public String summaryKey() {
        if (outcome == Outcome.COMMIT) {
            return checks.isEmpty() ? "tolerance.summary.confirmed" : "tolerance.summary.confirmedWithin";
        }
        return "tolerance.summary.toBuyer";
    }

    /** The short sentence in English: what will happen and why. */
    public String summary() {
        return new Explanation(summaryKey(), outcome == Outcome.COMMIT ? List.of() : List.of(reasonForBuyer())).english();
    }
}
