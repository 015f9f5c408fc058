package org.supplierportal.tenant;

import java.math.BigDecimal;

/**
 * A tenant's own tolerance limits; a null limit means "use the global default". Percentages are of the ordered
 * value (5 means 5 %), days are calendar days.
 */
public record ToleranceOverrides(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent,
                                 Integer dateEarlyDays, Integer dateLateDays,
                                 BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {

    public static final ToleranceOverrides NONE = new ToleranceOverrides(null, null, null, null, null, null);

    public ToleranceOverrides {
        requirePercent("quantityUnderPercent", quantityUnderPercent);
        requirePercent("quantityOverPercent", quantityOverPercent);
        requireDays("dateEarlyDays", dateEarlyDays);
        requireDays("dateLateDays", dateLateDays);
        requirePercent("priceUnderPercent", priceUnderPercent);
        requirePercent("priceOverPercent", priceOverPercent);
        quantityUnderPercent = normalized(quantityUnderPercent);
        quantityOverPercent = normalized(quantityOverPercent);
        priceUnderPercent = normalized(priceUnderPercent);
        priceOverPercent = normalized(priceOverPercent);
    }

    private static BigDecimal normalized(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static void requirePercent(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new LimitOutOfRangeException(field, "must be between 0 and 100 (percent), not " + value.toPlainString(),
                    RuleText.of("tenantRule.percentRange"));
        }
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            throw new LimitOutOfRangeException(field, "may have at most 2 decimals, not " + value.toPlainString(),
                    RuleText.of("tenantRule.percentDecimals"));
        }
    }

    private static void requireDays(String field, Integer value) {
        if (value != null && (value < 0 || value > 365)) {
            throw new LimitOutOfRangeException(field, "must be between 0 and 365 days, not " + value,
                    RuleText.of("tenantRule.daysRange"));
        }
    }
}
