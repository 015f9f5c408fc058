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
                    "You reject the line; a buyer decides what happens to it."));
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
            return new RuleCheck(ToleranceRule.QUANTITY, true, "Quantity " + plain(proposed) + " " + unit + " as ordered.");
        }
        boolean over = direction > 0;
        BigDecimal limit = over ? limits.limits().quantityOverPercent() : limits.limits().quantityUnderPercent();
        ToleranceLayer layer = over ? limits.quantityOverFrom() : limits.quantityUnderFrom();
        BigDecimal deviation = proposed.subtract(ordered).abs();
        // Within when deviation / ordered * 100 <= limit, compared without division.
        boolean within = deviation.multiply(HUNDRED).compareTo(limit.multiply(ordered)) <= 0;
        String text = "Quantity " + plain(proposed) + " " + unit + " is " + percent(deviation, ordered) + " "
                + (over ? "over" : "under") + " the ordered " + plain(ordered) + "; the limit is "
                + plain(limit) + " % " + (over ? "over" : "under") + " (" + layer.label() + ").";
        return new RuleCheck(ToleranceRule.QUANTITY, within, text);
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
            return new RuleCheck(ToleranceRule.DELIVERY_DATE, true, "Delivery on " + proposed + " as requested.");
        }
        boolean late = days > 0;
        int limit = late ? limits.limits().dateLateDays() : limits.limits().dateEarlyDays();
        ToleranceLayer layer = late ? limits.dateLateFrom() : limits.dateEarlyFrom();
        boolean within = Math.abs(days) <= limit;
        String text = "Delivery on " + proposed + " is " + dayCount(Math.abs(days)) + " " + (late ? "later" : "earlier")
                + " than requested (" + requested + "); the limit is " + dayCount(limit) + " " + (late ? "late" : "early")
                + " (" + layer.label() + ").";
        return new RuleCheck(ToleranceRule.DELIVERY_DATE, within, text);
    }

    static RuleCheck price(BigDecimal ordered, BigDecimal proposed, String currency, EffectiveLimits limits) {
        int direction = proposed.compareTo(ordered);
        if (direction == 0) {
            return new RuleCheck(ToleranceRule.PRICE, true, "Price " + plain(proposed) + " " + currency + " as ordered.");
        }
        boolean over = direction > 0;
        BigDecimal limit = over ? limits.limits().priceOverPercent() : limits.limits().priceUnderPercent();
        ToleranceLayer layer = over ? limits.priceOverFrom() : limits.priceUnderFrom();
        BigDecimal deviation = proposed.subtract(ordered).abs();
        boolean within = deviation.multiply(HUNDRED).compareTo(limit.multiply(ordered)) <= 0;
        String text = "Price " + plain(proposed) + " " + currency + " is " + percent(deviation, ordered) + " "
                + (over ? "above" : "below") + " the ordered " + plain(ordered) + " " + currency + "; the limit is "
                + plain(limit) + " % " + (over ? "above" : "below") + " (" + layer.label() + ").";
        return new RuleCheck(ToleranceRule.PRICE, within, text);
    }

    static Optional<RuleCheck> unitChange(OrderedLine ordered, SupplierAnswer answer) {
        if (answer.unit() == null || answer.unit().equalsIgnoreCase(ordered.unit())) {
            return Optional.empty();
        }
        return Optional.of(new RuleCheck(ToleranceRule.UNIT, false, "You propose the unit " + answer.unit() + " instead of "
                + ordered.unit() + "; a change of unit always needs a buyer."));
    }

    static Optional<RuleCheck> currencyChange(OrderedLine ordered, SupplierAnswer answer) {
        if (answer.currency() == null || answer.currency().equalsIgnoreCase(ordered.currency())) {
            return Optional.empty();
        }
        return Optional.of(new RuleCheck(ToleranceRule.CURRENCY, false, "You propose the currency " + answer.currency()
                + " instead of " + ordered.currency() + "; a change of currency always needs a buyer."));
    }

    private static long excess(LocalDate requested, LocalDate date, EffectiveLimits limits) {
        long days = ChronoUnit.DAYS.between(requested, date);
        return days >= 0 ? days - limits.limits().dateLateDays() : -days - limits.limits().dateEarlyDays();
    }

    private static String percent(BigDecimal deviation, BigDecimal base) {
        return plain(deviation.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP)) + " %";
    }

    private static String dayCount(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
