package org.supplierportal.tolerance;

import java.math.BigDecimal;

/** One layer's limits; null means "not set here, take the more general layer's". */
public record LimitOverrides(BigDecimal quantityUnderPercent, BigDecimal quantityOverPercent,
                             Integer dateEarlyDays, Integer dateLateDays,
                             BigDecimal priceUnderPercent, BigDecimal priceOverPercent) {

    public static final LimitOverrides NONE = new LimitOverrides(null, null, null, null, null, null);

    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
