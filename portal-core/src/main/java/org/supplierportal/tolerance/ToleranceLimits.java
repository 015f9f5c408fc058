package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The limits within which an answer is committed without a buyer. Percentages are of the ordered value; days are
 * calendar days. A limit of 0 means "no deviation in that direction".
 */
public record ToleranceLimits(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent,
                              int dateEarlyDays, int dateLateDays,
                              BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {

    public ToleranceLimits {
        Objects.requireNonNull(quantityUnderPercent, "quantityUnderPercent");
        Objects.requireNonNull(quantityOverPercent, "quantityOverPercent");
        Objects.requireNonNull(priceUnderPercent, "priceUnderPercent");
        Objects.requireNonNull(priceOverPercent, "priceOverPercent");
        if (dateEarlyDays < 0 || dateLateDays < 0) {
            throw new IllegalArgumentException("day limits cannot be negative");
        }
    }
}
