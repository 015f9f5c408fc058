package org.supplierportal.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule at, just inside and just outside its limits. */
class ToleranceRulesTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 12, 15);
    private static final OrderedLine ORDERED = new OrderedLine(new BigDecimal("100"), "pcs", new BigDecimal("12.50"), "EUR", REQUESTED);

    /** Quantity 2 % under and 5 % over; dates 3 early and 2 late; price 1 % below and 0 % above. */
    private static final EffectiveLimits LIMITS = EffectiveLimits.resolve(
            new ToleranceLimits(new BigDecimal("2"), new BigDecimal("5"), 3, 2, new BigDecimal("1"), BigDecimal.ZERO),
            LimitOverrides.NONE, LimitOverrides.NONE);

    @ParameterizedTest(name = "quantity {0} within limits: {1}")
    @CsvSource({
            "100,    true",
            "105,    true",     // exactly 5 % over: at the limit
            "105.01, false",    // just over
            "98,     true",     // exactly 2 % under
            "97.99,  false",    // just under
            "50,     false",
            "110,    false"})
    void quantity(BigDecimal proposed, boolean within) {
        RuleCheck check = ToleranceRules.quantity(ORDERED.quantity(), proposed, "pcs", LIMITS);

        assertThat(check.withinLimit()).isEqualTo(within);
        assertThat(check.rule()).isEqualTo(ToleranceRule.QUANTITY);
    }

    @ParameterizedTest(name = "delivery {0} days from requested within limits: {1}")
    @CsvSource({"0, true", "2, true", "3, false", "-3, true", "-4, false", "30, false"})
    void date(int daysFromRequested, boolean within) {
        RuleCheck check = ToleranceRules.date(REQUESTED, REQUESTED.plusDays(daysFromRequested), LIMITS);

        assertThat(check.withinLimit()).isEqualTo(within);
    }

    @ParameterizedTest(name = "price {0} within limits: {1}")
    @CsvSource({"12.50, true", "12.375, true", "12.37, false", "12.51, false", "12.500001, false"})
    void price(BigDecimal proposed, boolean within) {
        assertThat(ToleranceRules.price(ORDERED.unitPrice(), proposed, "EUR", LIMITS).withinLimit()).isEqualTo(within);
    }

    @Test
    void explainsWithTheValuesTheLimitAndWhereTheLimitComesFrom() {
        EffectiveLimits supplierLimits = EffectiveLimits.resolve(LIMITS.limits(),
                new LimitOverrides(null, new BigDecimal("5"), null, null, null, null), LimitOverrides.NONE);

        RuleCheck check = ToleranceRules.quantity(new BigDecimal("100"), new BigDecimal("110"), "pcs", supplierLimits);

        assertThat(check.explanation()).isEqualTo(
                "Quantity 110 pcs is 10 % over the ordered 100; the limit is 5 % over (supplier's own limit).");
    }

    @Test
    void explainsALateDateInDays() {
        RuleCheck check = ToleranceRules.date(REQUESTED, REQUESTED.plusDays(9), LIMITS);

        assertThat(check.explanation()).isEqualTo(
                "Delivery on 2026-12-24 is 9 days later than requested (2026-12-15); the limit is 2 days late (portal default).");
    }

    @Test
    void explainsAsAKeyWithTheValuesSoEachReaderGetsItInTheirLanguage() {
        RuleCheck check = ToleranceRules.date(REQUESTED, REQUESTED.plusDays(9), LIMITS);

        assertThat(check.reason().key()).isEqualTo("tolerance.date.late");
        assertThat(check.reason().arguments()).containsExactly(REQUESTED.plusDays(9), 9L, REQUESTED, 2L, ToleranceLayer.GLOBAL);
    }

    @Test
    void acceptingCommitsAtOnceWithoutChecks() {
        LineEvaluation evaluation = ToleranceRules.evaluate(ORDERED, SupplierAnswer.accept(), LIMITS);

        assertThat(evaluation.outcome()).isEqualTo(LineEvaluation.Outcome.COMMIT);
        assertThat(evaluation.summary()).isEqualTo("Confirmed at once.");
    }

    @Test
    void rejectingAlwaysNeedsABuyer() {
        LineEvaluation evaluation = ToleranceRules.evaluate(ORDERED, SupplierAnswer.reject(), LIMITS);

        assertThat(evaluation.outcome()).isEqualTo(LineEvaluation.Outcome.BUYER_DECIDES);
        assertThat(evaluation.checks()).extracting(RuleCheck::rule).containsExactly(ToleranceRule.REJECTION);
    }

    @Test
    void aChangeOfUnitOrCurrencyAlwaysNeedsABuyerEvenWhenTheNumbersMatch() {
        SupplierAnswer otherUnit = new SupplierAnswer(SupplierAnswer.Decision.PROPOSE,
                List.of(new SupplierAnswer.Delivery(new BigDecimal("100"), REQUESTED)), "box", null, null);
        SupplierAnswer otherCurrency = new SupplierAnswer(SupplierAnswer.Decision.PROPOSE,
                List.of(new SupplierAnswer.Delivery(new BigDecimal("100"), REQUESTED)), null, new BigDecimal("12.50"), "USD");

        assertThat(ToleranceRules.evaluate(ORDERED, otherUnit, LIMITS).reasonForBuyer())
                .contains("a change of unit always needs a buyer");
        assertThat(ToleranceRules.evaluate(ORDERED, otherCurrency, LIMITS).reasonForBuyer())
                .contains("a change of currency always needs a buyer");
    }

    @Test
    void aSplitIsJudgedByItsTotalQuantityAndItsLatestDelivery() {
        SupplierAnswer withinSplit = split("60", REQUESTED.minusDays(3), "44", REQUESTED.plusDays(2));
        SupplierAnswer lateSplit = split("60", REQUESTED, "40", REQUESTED.plusDays(3));
        SupplierAnswer tooMuch = split("60", REQUESTED, "46", REQUESTED);

        assertThat(ToleranceRules.evaluate(ORDERED, withinSplit, LIMITS).outcome()).isEqualTo(LineEvaluation.Outcome.COMMIT);
        assertThat(ToleranceRules.evaluate(ORDERED, lateSplit, LIMITS).reasonForBuyer()).contains("3 days later");
        assertThat(ToleranceRules.evaluate(ORDERED, tooMuch, LIMITS).reasonForBuyer()).contains("106 pcs is 6 % over");
    }

    @Test
    void theMostSpecificLayerWins() {
        ToleranceLimits global = new ToleranceLimits(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        LimitOverrides supplier = new LimitOverrides(null, new BigDecimal("5"), null, 2, null, null);
        LimitOverrides part = new LimitOverrides(null, new BigDecimal("10"), null, null, null, null);

        EffectiveLimits limits = EffectiveLimits.resolve(global, supplier, part);

        assertThat(limits.limits().quantityOverPercent()).isEqualByComparingTo("10");
        assertThat(limits.quantityOverFrom()).isEqualTo(ToleranceLayer.PART);
        assertThat(limits.limits().dateLateDays()).isEqualTo(2);
        assertThat(limits.dateLateFrom()).isEqualTo(ToleranceLayer.SUPPLIER);
        assertThat(limits.limits().priceOverPercent()).isEqualByComparingTo("0");
        assertThat(limits.priceOverFrom()).isEqualTo(ToleranceLayer.GLOBAL);
    }

    private static SupplierAnswer split(String firstQuantity, LocalDate firstDate, String secondQuantity, LocalDate secondDate) {
        return new SupplierAnswer(SupplierAnswer.Decision.PROPOSE, List.of(
                new SupplierAnswer.Delivery(new BigDecimal(firstQuantity), firstDate),
                new SupplierAnswer.Delivery(new BigDecimal(secondQuantity), secondDate)), null, null, null);
    }
}
