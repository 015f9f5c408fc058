package org.supplierportal.tolerance;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal-wide default limits ({@code portal.tolerances.*}), used where neither the supplier nor the part number
 * sets one. Defaults: quantity 0 % under and 5 % over, delivery 5 days early and 0 days late, price 5 % below and
 * 0 % above.
 */
@ConfigurationProperties("portal.tolerances")
public record GlobalToleranceProperties(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent,
                                        Integer dateEarlyDays, Integer dateLateDays,
                                        BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {

    ToleranceLimits limits() {
        return new ToleranceLimits(
                or(quantityUnderPercent, BigDecimal.ZERO), or(quantityOverPercent, BigDecimal.valueOf(5)),
                dateEarlyDays == null ? 5 : dateEarlyDays, dateLateDays == null ? 0 : dateLateDays,
                or(priceUnderPercent, BigDecimal.valueOf(5)), or(priceOverPercent, BigDecimal.ZERO));
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
