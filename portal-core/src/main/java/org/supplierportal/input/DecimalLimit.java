package org.supplierportal.input;

import java.math.BigDecimal;

import org.supplierportal.tolerance.Explanation;

/**
 * The decimal columns numbers from outside end in, with their precision and scale (see the Flyway migrations). A
 * number that does not fit is refused with a message that never repeats the number: echoing {@code 1e10000000}
 * would write ten million digits.
 */
public enum DecimalLimit {

    /** Order lines, schedules, acknowledgments and commitments: numeric(18, 6). */
    ORDER_QUANTITY(18, 6),
    /** Unit prices, proposed and agreed: numeric(18, 6). */
    PRICE(18, 6),
    /** ASN lines and quality incidents: numeric(18, 4). */
    SHIPPED_QUANTITY(18, 4),
    /** A package's gross weight in kg (kept in the ASN's package list). */
    WEIGHT_KG(12, 3);

    private final int precision;
    private final int scale;

    DecimalLimit(int precision, int scale) {
        this.precision = precision;
        this.scale = scale;
    }

    public int integerDigits() {
        return precision - scale;
    }

    public int decimals() {
        return scale;
    }

    /**
     * What is wrong with the number, in English (the API's words), or null when it fits (null numbers fit: whether a
     * value is required is the caller's rule).
     */
    public String problem(BigDecimal value) {
        Explanation problem = translatable(value);
        return problem == null ? null : problem.english();
    }

    /**
     * The same as {@link #problem} as a key of the rules bundle, for a screen in the reader's language. Cheap for any
     * input: it looks at the number's digit count and exponent only.
     */
    public Explanation translatable(BigDecimal value) {
        if (value == null) {
            return null;
        }
        // precision - scale is the count of digits before the point, without expanding the number.
        if ((long) value.precision() - value.scale() > integerDigits()) {
            return Explanation.of("input.tooLarge", integerDigits());
        }
        if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
            return scale == 0 ? Explanation.of("input.wholeNumber") : Explanation.of("input.decimals", scale);
        }
        return null;
    }

    public boolean fits(BigDecimal value) {
        return translatable(value) == null;
    }
}
