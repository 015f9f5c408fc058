package org.supplierportal.tolerance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tolerance rules, one small pure function each, and their combination. Limits are inclusive: an answer exactly
 * at the limit is within it. Comparisons are exact (no rounding); only the explanations round, to two decimals.
 * The rules explain themselves as message keys with their values ({@link Explanation}); the reader's screen words them.
 */
public final class ToleranceRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ToleranceRules() {
    }

    /** Evaluates an answer against the ordered line and the effective limits. */
    public static LineEvaluation evaluate(OrderedLine ordered, SupplierAnswer answer, EffectiveLimits limits) {
        List<RuleCheck> checks = new ArrayList<>();
        switch (answer.decision()) {
            case ACCEPT -> {
                return new LineEvaluation(LineEvaluation.Outcome.COMMIT, checks);
            }
            case REJECT -> checks.add(new RuleCheck(ToleranceRule.REJECTION, false,
                    Explanation.of("tolerance.rejection")));
            case PROPOSE -> {
                unitChange(ordered, answer).ifPresent(checks::add);
                currencyChange(ordered, answer).ifPresent(checks::add);
                boolean sameUnit = checks.stream().noneMatch(check -> check.rule() == ToleranceRule.UNIT);
                boolean sameCurrency = checks.stream().noneMatch(check -> check.rule() == ToleranceRule.CURRENCY);
                if (sameUnit) {
                    checks.add(quantity(ordered.quantity(), answer.totalQuantity(), ordered.unit(), limits));
                }
                checks.add(dates(ordered.requestedDate(), answer.deliveries(), limits));
                if (sameCurrency && answer.unitPrice() != null) {
                    checks.add(price(ordered.unitPrice(), answer.unitPrice(), ordered.currency(), limits));
                }
            }
        }
        boolean allWithin = checks.stream().allMatch(RuleCheck::withinLimit);
        return new LineEvaluation(allWithin ? LineEvaluation.Outcome.COMMIT : LineEvaluation.Outcome.BUYER_DECIDES, checks);
    }

    static RuleCheck quantity(BigDecimal ordered, BigDecimal proposed, String unit, EffectiveLimits limits) {
        int direction = proposed.compareTo(ordered);
        if (direction == 0) {
            return new RuleCheck(ToleranceRule.QUANTITY, true, Explanation.of("tolerance.quantity.asOrdered", proposed, unit));
        }
        boolean over = direction > 0;
        BigDecimal limit = over ? limits.limits().quantityOverPercent() : limits.limits().quantityUnderPercent();
        ToleranceLayer layer = over ? limits.quantityOverFrom() : limits.quantityUnderFrom();
        BigDecimal deviation = proposed.subtract(ordered).abs();
        // Within when deviation / ordered * 100 <= limit, compared without division.
        boolean within = deviation.multiply(HUNDRED).compareTo(limit.multiply(ordered)) <= 0;
        return new RuleCheck(ToleranceRule.QUANTITY, within, Explanation.of(
                over ? "tolerance.quantity.over" : "tolerance.quantity.under",
                proposed, unit, percent(deviation, ordered), ordered, limit, layer));
    }

    static RuleCheck dates(LocalDate requested, List<SupplierAnswer.Delivery> deliveries, EffectiveLimits limits) {
        // The delivery furthest from the requested date decides for the whole line.
        SupplierAnswer.Delivery worst = deliveries.stream()
                .max(Comparator.comparingLong(delivery -> excess(requested, delivery.date(), limits)))
                .orElseThrow();
        return date(requested, worst.date(), limits);
    }

    static RuleCheck date(LocalDate requested, LocalDate proposed, EffectiveLimits limits) {
        long days = ChronoUnit.DAYS.between(requested, proposed);
        if (days == 0) {
            return new RuleCheck(ToleranceRule.DELIVERY_DATE, true, Explanation.of("tolerance.date.asRequested", proposed));
        }
        boolean late = days > 0;
        int limit = late ? limits.limits().dateLateDays() : limits.limits().dateEarlyDays();
        ToleranceLayer layer = late ? limits.dateLateFrom() : limits.dateEarlyFrom();
        boolean within = Math.abs(days) <= limit;
        return new RuleCheck(ToleranceRule.DELIVERY_DATE, within, Explanation.of(
                late ? "tolerance.date.late" : "tolerance.date.early",
                proposed, Math.abs(days), requested, (long) limit, layer));
    }

    static RuleCheck price(BigDecimal ordered, BigDecimal proposed, String currency, EffectiveLimits limits) {
        int direction = proposed.compareTo(ordered);
        if (direction == 0) {
            return new RuleCheck(ToleranceRule.PRICE, true, Explanation.of("tolerance.price.asOrdered", proposed, currency));
        }
        boolean over = direction > 0;
        BigDecimal limit = over ? limits.limits().priceOverPercent() : limits.limits().priceUnderPercent();
        ToleranceLayer layer = over ? limits.priceOverFrom() : limits.priceUnderFrom();
        BigDecimal deviation = proposed.subtract(ordered).abs();
        boolean within = deviation.multiply(HUNDRED).compareTo(limit.multiply(ordered)) <= 0;
        return new RuleCheck(ToleranceRule.PRICE, within, Explanation.of(
                over ? "tolerance.price.over" : "tolerance.price.under",
                proposed, currency, percent(deviation, ordered), ordered, limit, layer));
    }

    static Optional<RuleCheck> unitChange(OrderedLine ordered, SupplierAnswer answer) {
        if (answer.unit() == null || answer.unit().equalsIgnoreCase(ordered.unit())) {
            return Optional.empty();
        }
        return Optional.of(new RuleCheck(ToleranceRule.UNIT, false,
                Explanation.of("tolerance.unit", answer.unit(), ordered.unit())));
    }

    static Optional<RuleCheck> currencyChange(OrderedLine ordered, SupplierAnswer answer) {
        if (answer.currency() == null || answer.currency().equalsIgnoreCase(ordered.currency())) {
            return Optional.empty();
        }
        return Optional.of(new RuleCheck(ToleranceRule.CURRENCY, false,
                Explanation.of("tolerance.currency", answer.currency(), ordered.currency())));
    }

    private static long excess(LocalDate requested, LocalDate date, EffectiveLimits limits) {
        long days = ChronoUnit.DAYS.between(requested, date);
        return days >= 0 ? days - limits.limits().dateLateDays() : -days - limits.limits().dateEarlyDays();
    }

    private static BigDecimal percent(BigDecimal deviation, BigDecimal base) {
        return deviation.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }
}
