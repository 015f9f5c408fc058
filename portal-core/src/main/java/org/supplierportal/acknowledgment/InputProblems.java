package org.supplierportal.acknowledgment;

import java.math.BigDecimal;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.input.TextRule;
import org.supplierportal.tolerance.Explanation;

/**
 * A number that does not fit its column, or a text too long or with a control character, as a problem of the field
 * it came in: the API keeps the input rules' English, a screen the same as a key of the rules bundle. Pure.
 */
final class InputProblems {

    private InputProblems() {
    }

    /** The number's problem, or null when it fits; never repeats the number (it may be a million digits). */
    static FieldProblem number(DecimalLimit limit, BigDecimal value, String field, Integer lineNumber) {
        String english = limit.problem(value);
        if (english == null) {
            return null;
        }
        Explanation translatable = (long) value.precision() - value.scale() > limit.integerDigits()
                ? Explanation.of("ack.problem.tooLarge", limit.integerDigits())
                : Explanation.of("ack.problem.decimals", limit.decimals());
        return new FieldProblem(field, lineNumber, english + ".", translatable);
    }

    /** The text's problem, or null when it is fine. */
    static FieldProblem text(String value, int max, String field, Integer lineNumber) {
        String english = TextRule.problem(value, max);
        if (english == null) {
            return null;
        }
        Explanation translatable = value.length() > max ? Explanation.of("ack.problem.textTooLong", max)
                : Explanation.of("ack.problem.controlCharacter");
        return new FieldProblem(field, lineNumber, english + ".", translatable);
    }
}
