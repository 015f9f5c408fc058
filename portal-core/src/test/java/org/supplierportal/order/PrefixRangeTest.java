package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixRangeTest {

    @Test
    void theUpperBoundFollowsEveryStringWithThePrefixAndNothingElse() {
        String upper = PrefixRange.upperBound("BR-47");

        assertThat(upper).isEqualTo("BR-48");
        assertThat("BR-4711".compareTo("BR-47")).isPositive();
        assertThat("BR-4711".compareTo(upper)).isNegative();
        assertThat("BR-48".compareTo(upper)).isZero();
    }

    @Test
    void skipsTheSurrogateRange() {
        assertThat(PrefixRange.upperBound("A\uD7FF").codePointAt(1)).isEqualTo(0xE000);
    }
}
