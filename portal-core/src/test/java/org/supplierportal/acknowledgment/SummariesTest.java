package org.supplierportal.acknowledgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.tolerance.ExplanationText;
import org.supplierportal.tolerance.SupplierAnswer;

/** What was ordered and answered reads in English as before, and in each buyer's language. */
class SummariesTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 12, 15);

    @Test
    void orderedReadsAsBeforeInEnglishAndInEveryLanguage() {
        String ordered = Summaries.ordered(line(BigDecimal.ONE), "EUR");

        assertThat(in(ordered, Locale.ENGLISH)).isEqualTo("40 pcs on 2026-12-15 at 9.5 EUR");
        assertThat(in(ordered, Locale.GERMAN)).isEqualTo("40 pcs zum 2026-12-15 à 9.5 EUR");
        assertThat(in(ordered, Locale.FRENCH)).isEqualTo("40 pcs pour le 2026-12-15 à 9.5 EUR");
        assertThat(in(ordered, Locale.of("es"))).isEqualTo("40 pcs para el 2026-12-15 a 9.5 EUR");
        assertThat(in(ordered, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-12-15 交付 40 pcs，单价 9.5 EUR");
        assertThat(in(Summaries.ordered(line(new BigDecimal("100")), "EUR"), Locale.ENGLISH))
                .isEqualTo("40 pcs on 2026-12-15 at 9.5 EUR per 100 pcs");
        assertThat(in(Summaries.ordered(line(new BigDecimal("100")), "EUR"), Locale.GERMAN))
                .isEqualTo("40 pcs zum 2026-12-15 à 9.5 EUR pro 100 pcs");
    }

    @Test
    void anAnswerReadsAsBeforeInEnglishAndInEveryLanguage() {
        SupplierAnswer split = new SupplierAnswer(SupplierAnswer.Decision.PROPOSE, List.of(
                new SupplierAnswer.Delivery(new BigDecimal("20"), REQUESTED),
                new SupplierAnswer.Delivery(new BigDecimal("15"), REQUESTED.plusDays(7)),
                new SupplierAnswer.Delivery(new BigDecimal("5"), REQUESTED.plusDays(14))), null, new BigDecimal("9.80"), null);

        String answered = Summaries.answered(split, line(BigDecimal.ONE), "EUR", null);

        assertThat(in(answered, Locale.ENGLISH))
                .isEqualTo("20 pcs on 2026-12-15 + 15 pcs on 2026-12-22 + 5 pcs on 2026-12-29 at 9.8 EUR");
        assertThat(in(answered, Locale.GERMAN))
                .isEqualTo("20 pcs zum 2026-12-15 + 15 pcs zum 2026-12-22 + 5 pcs zum 2026-12-29 à 9.8 EUR");
        assertThat(in(Summaries.answered(SupplierAnswer.accept(), line(BigDecimal.ONE), "EUR", null), Locale.ENGLISH))
                .isEqualTo("Accepted as ordered");
        assertThat(in(Summaries.answered(SupplierAnswer.accept(), line(BigDecimal.ONE), "EUR", null), Locale.GERMAN))
                .isEqualTo("Wie bestellt angenommen");
        assertThat(in(Summaries.answered(SupplierAnswer.reject(), line(BigDecimal.ONE), "EUR", "Tool broken {0}"), Locale.FRENCH))
                .isEqualTo("Refusé : Tool broken {0}");
        assertThat(in(Summaries.counterRejected("Not even half"), Locale.ENGLISH)).isEqualTo("Counter-proposal rejected: Not even half");
        assertThat(in(Summaries.counterRejected("Not even half"), Locale.of("es"))).isEqualTo("Contrapropuesta rechazada: Not even half");
    }

    private static String in(String kept, Locale language) {
        return ExplanationText.read(kept).in(language);
    }

    private static OrderLineView line(BigDecimal priceUnit) {
        return new OrderLineView(UUID.randomUUID(), 10, "l10", "BR-1", null, "Bracket", new BigDecimal("40.000"), "pcs",
                new BigDecimal("9.50"), priceUnit, REQUESTED, List.of(), LineStatus.AWAITING_ANSWER, 1, null, null, null, null,
                null, BigDecimal.ZERO);
    }
}
