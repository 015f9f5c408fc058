package org.supplierportal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

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

    @Test
    void theProblemReadsInEveryLanguage() {
        assertThat(TextRule.translatable("x".repeat(2001), 2000).in(Locale.GERMAN)).isEqualTo("Höchstens 2000 Zeichen");
        assertThat(TextRule.translatable("x".repeat(2001), 2000).in(Locale.FRENCH)).isEqualTo("2000 caractères au maximum");
        assertThat(TextRule.translatable("x".repeat(2001), 2000).in(Locale.of("es"))).isEqualTo("Como máximo 2000 caracteres");
        assertThat(TextRule.translatable("x".repeat(2001), 2000).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("最多 2000 个字符");
        assertThat(TextRule.translatable("a\u0000b", 100).in(Locale.GERMAN))
                .isEqualTo("Enthält ein Steuerzeichen (etwa ein Nullbyte); verwenden Sie reinen Text");
        assertThat(TextRule.translatable("fine", 100)).isNull();
    }
}
