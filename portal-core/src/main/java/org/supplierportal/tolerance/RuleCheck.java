package org.supplierportal.tolerance;

/**
 * One rule's verdict on one answer: which rule, whether the answer is within its limit, and why.
 *
 * @param rule        which rule ({@link ToleranceRule#label()} names it as people know it)
 * @param withinLimit true when this rule lets the answer through without a buyer
 * @param reason      why, as a message key with its values, e.g. quantity 110 is 10 % over the ordered 100; the
 *                    limit is 5 % over (supplier's own limit)
 */
public record RuleCheck(ToleranceRule rule, boolean withinLimit, Explanation reason) {

    /** The reason in English (the API's and the stored text). */
    public String explanation() {
        return reason.english();
    }
}
