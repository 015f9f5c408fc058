package org.supplierportal.tolerance;

import java.math.BigDecimal;

/**
 * The limits that apply to one line after layering, and for each limit the layer it came from, so an explanation can
 * say "your limit for part 4711" rather than just a number.
 */
public record EffectiveLimits(ToleranceLimits limits,
                              ToleranceLayer quantityUnderFrom, ToleranceLayer quantityOverFrom,
                              ToleranceLayer dateEarlyFrom, ToleranceLayer dateLateFrom,
                              ToleranceLayer priceUnderFrom, ToleranceLayer priceOverFrom) {

    /** Layers the overrides over the global default: part number over supplier over global. Pure. */
    public static EffectiveLimits resolve(ToleranceLimits global, LimitOverrides supplier, LimitOverrides part) {
        Picked<BigDecimal> qtyUnder = pick(global.quantityUnderPercent(), supplier.quantityUnderPercent(), part.quantityUnderPercent());
        Picked<BigDecimal> qtyOver = pick(global.quantityOverPercent(), supplier.quantityOverPercent(), part.quantityOverPercent());
        Picked<Integer> early = pick(global.dateEarlyDays(), supplier.dateEarlyDays(), part.dateEarlyDays());
        Picked<Integer> late = pick(global.dateLateDays(), supplier.dateLateDays(), part.dateLateDays());
        Picked<BigDecimal> priceUnder = pick(global.priceUnderPercent(), supplier.priceUnderPercent(), part.priceUnderPercent());
        Picked<BigDecimal> priceOver = pick(global.priceOverPercent(), supplier.priceOverPercent(), part.priceOverPercent());
        return new EffectiveLimits(
                new ToleranceLimits(qtyUnder.value(), qtyOver.value(), early.value(), late.value(), priceUnder.value(), priceOver.value()),
                qtyUnder.layer(), qtyOver.layer(), early.layer(), late.layer(), priceUnder.layer(), priceOver.layer());
    }

    private static <T> Picked<T> pick(T global, T supplier, T part) {
        if (part != null) {
            return new Picked<>(part, ToleranceLayer.PART);
        }
        if (supplier != null) {
            return new Picked<>(supplier, ToleranceLayer.SUPPLIER);
        }
        return new Picked<>(global, ToleranceLayer.GLOBAL);
    }

    private record Picked<T>(T value, ToleranceLayer layer) {
    }
}
