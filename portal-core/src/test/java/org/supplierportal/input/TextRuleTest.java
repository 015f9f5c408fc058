package org.supplierportal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRuleTest {

    @Test
    void plainTextWithinTheLimitPasses() {
        assertThat(TextRule.problem("Furnace maintenance,\nsee\tattachment", 100)).isNull();
        assertThat(TextRule.problem(null, 10)).isNull();
        assertThat(TextRule.problem("x".repeat(10), 10)).isNull();
    }

    @Test
    void tooLongTextIsRefusedWithTheLimit() {
        assertThat(TextRule.problem("x".repeat(2001), 2000)).isEqualTo("At most 2000 characters");
    }

    @Test
    void aNullByteOrOtherControlCharacterIsRefused() {
        assertThat(TextRule.problem("abc\u0000def", 100)).contains("control character");
        assertThat(TextRule.problem("bell\u0007", 100)).contains("control character");
        assertThat(TextRule.problem("del\u007f", 100)).contains("control character");
    }
}
