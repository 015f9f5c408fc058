package org.supplierportal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

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
}
