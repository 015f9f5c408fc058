package org.supplierportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supplierportal.tolerance.Explanation;

class InvoiceMatchTest {

    static final Map<String, InvoiceMatch.OrderedLine> ORDER = Map.of(
            "L10", new InvoiceMatch.OrderedLine(10, "BR-4711", new BigDecimal("1.85"), BigDecimal.ONE, new BigDecimal("100"), "pcs", new BigDecimal("2")),
            "L20", new InvoiceMatch.OrderedLine(20, "SC-0008", new BigDecimal("4.20"), new BigDecimal("100"), new BigDecimal("5000"), "pcs", BigDecimal.ZERO));

    @Test
    void anInvoiceAtTheAgreedPriceForWhatArrivedMatches() {
        assertThat(english(InvoiceMatch.variances(List.of(line("L10", "100", "1.85"), line("L20", "5000", "0.042")), ORDER, "EUR"))).isEmpty();
    }

    @Test
    void aPriceWithinTheToleranceMatchesAndAboveItIsAVariance() {
        assertThat(english(InvoiceMatch.variances(List.of(line("L10", "100", "1.887")), ORDER, "EUR"))).isEmpty();
        assertThat(english(InvoiceMatch.variances(List.of(line("L10", "100", "1.90")), ORDER, "EUR"))).containsExactly(
                "Price variance on line 10 (BR-4711): invoiced 1.9 EUR, agreed 1.85 EUR (+2 % allowed).");
    }

    @Test
    void pricesPerHundredAreComparedPerPiece() {
        assertThat(english(InvoiceMatch.variances(List.of(line("L20", "5000", "0.05")), ORDER, "EUR"))).containsExactly(
                "Price variance on line 20 (SC-0008): invoiced 5 EUR per 100, agreed 4.2 EUR per 100.");
    }

    @Test
    void moreThanArrivedIsAQuantityVarianceAndAnUnknownLineIsReported() {
        assertThat(english(InvoiceMatch.variances(List.of(line("L10", "120", "1.85"), line("L99", "1", "1")), ORDER, "EUR"))).containsExactly(
                "Quantity variance on line 10 (BR-4711): invoiced 120 pcs, received 100 pcs.",
                "An invoiced line is not on the order.");
    }

    @Test
    void theVariancesReadInEachReadersLanguage() {
        List<Explanation> variances = InvoiceMatch.variances(List.of(line("L10", "120", "1.90"), line("L20", "5000", "0.05")),
                ORDER, "EUR");

        assertThat(variances.stream().map(variance -> variance.in(Locale.GERMAN)).toList()).containsExactly(
                "Preisabweichung in Position 10 (BR-4711): berechnet 1.9 EUR, vereinbart 1.85 EUR (+2 % zulässig).",
                "Mengenabweichung in Position 10 (BR-4711): berechnet 120 pcs, eingegangen 100 pcs.",
                "Preisabweichung in Position 20 (SC-0008): berechnet 5 EUR pro 100, vereinbart 4.2 EUR pro 100.");
        assertThat(variances.getFirst().in(Locale.FRENCH))
                .isEqualTo("Écart de prix sur la ligne 10 (BR-4711) : facturé 1.9 EUR, convenu 1.85 EUR (+2 % admis).");
        assertThat(variances.get(1).in(Locale.of("es")))
                .isEqualTo("Diferencia de cantidad en la línea 10 (BR-4711): facturado 120 pcs, recibido 100 pcs.");
        assertThat(variances.get(1).in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 10 行（BR-4711）数量差异：开票 120 pcs，收货 100 pcs。");
    }

    private static List<String> english(List<Explanation> variances) {
        return variances.stream().map(Explanation::english).toList();
    }

    private static InvoiceDocument.Line line(String id, String quantity, String price) {
        return new InvoiceDocument.Line(id, new BigDecimal(quantity), new BigDecimal(price));
    }
}
