package org.supplierportal.tolerance;

/**
 * One rule's verdict on one answer: which rule, whether the answer is within its limit, and why, in words.
 *
 * @param rule        which rule ({@link ToleranceRule#label()} names it as people know it)
 * @param withinLimit true when this rule lets the answer through without a buyer
 * @param explanation e.g. "Quantity 110 is 10 % over the ordered 100; the limit is 5 % over (supplier's own limit)"
 */
public record RuleCheck(ToleranceRule rule, boolean withinLimit, String explanation) {
}
