package org.supplierportal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DecimalLimitTest {

    @Test
    void numbersThatFitTheColumnPass() {
        assertThat(DecimalLimit.ORDER_QUANTITY.problem(new BigDecimal("999999999999.999999"))).isNull();
        assertThat(DecimalLimit.ORDER_QUANTITY.problem(new BigDecimal("-12.5"))).isNull();
        assertThat(DecimalLimit.SHIPPED_QUANTITY.problem(new BigDecimal("1.50000000"))).isNull();
        assertThat(DecimalLimit.PRICE.problem(new BigDecimal("1E+3"))).isNull();
        assertThat(DecimalLimit.PRICE.problem(null)).isNull();
    }

    @Test
    void tooManyDigitsBeforeThePointAreRefusedWithoutRepeatingTheNumber() {
        assertThat(DecimalLimit.ORDER_QUANTITY.problem(new BigDecimal("1000000000000")))
                .isEqualTo("Too large: at most 12 digits before the decimal point");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.problem(new BigDecimal("1e14")))
                .isEqualTo("Too large: at most 14 digits before the decimal point");
    }

    @Test
    void anAbsurdExponentIsRefusedAtOnce() {
        // The attack of issue 10: ten million digits if expanded. The rule looks at precision and scale only.
        String problem = DecimalLimit.ORDER_QUANTITY.problem(new BigDecimal("1e10000000"));
        assertThat(problem).startsWith("Too large").hasSizeLessThan(100);
        assertThat(DecimalLimit.PRICE.problem(new BigDecimal("1e-10000000"))).isEqualTo("At most 6 decimals");
    }

    @Test
    void tooManyDecimalsAreRefused() {
        assertThat(DecimalLimit.SHIPPED_QUANTITY.problem(new BigDecimal("0.00001"))).isEqualTo("At most 4 decimals");
        assertThat(DecimalLimit.WEIGHT_KG.problem(new BigDecimal("12.3456"))).isEqualTo("At most 3 decimals");
    }

    @Test
    void theProblemReadsInEveryLanguage() {
        BigDecimal huge = new BigDecimal("1e14");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.translatable(huge).in(Locale.GERMAN))
                .isEqualTo("Zu groß: höchstens 14 Stellen vor dem Komma");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.translatable(huge).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("数值过大：小数点前最多 14 位");
        BigDecimal fine = new BigDecimal("1.00001");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.problem(fine)).isEqualTo("At most 4 decimals");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.translatable(fine).in(Locale.FRENCH)).isEqualTo("4 décimales au maximum");
        assertThat(DecimalLimit.SHIPPED_QUANTITY.translatable(fine).in(Locale.of("es"))).isEqualTo("Como máximo 4 decimales");
        assertThat(DecimalLimit.WEIGHT_KG.translatable(new BigDecimal("2.5"))).isNull();
    }
}
