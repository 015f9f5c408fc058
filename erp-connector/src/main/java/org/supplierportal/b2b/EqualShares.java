package org.supplierportal.b2b;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity divided among identical packages, as EDI ship notices describe them once for several SSCCs. Pure.
 */
public final class EqualShares {

    private EqualShares() {
    }

    /**
     * The quantity divided by the count, when it divides without more decimals than the quantity has: 30 into 3 gives
     * 10 and 7.5 into 3 gives 2.5, but 10 pieces into 4 packages do not divide, as nothing says which holds the half.
     */
    public static Optional<BigDecimal> of(BigDecimal quantity, int count) {
        try {
            BigDecimal share = quantity.divide(BigDecimal.valueOf(count));
            return share.stripTrailingZeros().scale() > Math.max(0, quantity.scale()) ? Optional.empty() : Optional.of(share);
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }
}
