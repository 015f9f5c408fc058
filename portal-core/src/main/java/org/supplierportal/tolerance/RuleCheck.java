package org.supplierportal.tolerance;

/**
 * One rule's verdict on one answer: which rule, whether the answer is within its limit, and why, in words.
 *
 * @param rule        the rule's name as people know it ("Quantity", "Delivery date", "Price", ...)
 * @param withinLimit true when this rule lets the answer through without a buyer
 * @param explanation e.g. "Quantity 110 is 10 % over the ordered 100; the limit is 5 % over (supplier's own limit)"
 */
public record RuleCheck(String rule, boolean withinLimit, String explanation) {
}
