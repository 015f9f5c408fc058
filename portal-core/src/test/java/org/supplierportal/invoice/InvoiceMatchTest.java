package org.supplierportal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvoiceMatchTest {

    static final Map<String, InvoiceMatch.OrderedLine> ORDER = Map.of(
            "L10", new InvoiceMatch.OrderedLine(10, "BR-4711", new BigDecimal("1.85"), BigDecimal.ONE, new BigDecimal("100"), "pcs", new BigDecimal("2")),
            "L20", new InvoiceMatch.OrderedLine(20, "SC-0008", new BigDecimal("4.20"), new BigDecimal("100"), new BigDecimal("5000"), "pcs", BigDecimal.ZERO));

    @Test
    void anInvoiceAtTheAgreedPriceForWhatArrivedMatches() {
        assertThat(InvoiceMatch.variances(List.of(line("L10", "100", "1.85"), line("L20", "5000", "0.042")), ORDER, "EUR")).isEmpty();
    }

    @Test
    void aPriceWithinTheToleranceMatchesAndAboveItIsAVariance() {
        assertThat(InvoiceMatch.variances(List.of(line("L10", "100", "1.887")), ORDER, "EUR")).isEmpty();
        assertThat(InvoiceMatch.variances(List.of(line("L10", "100", "1.90")), ORDER, "EUR")).containsExactly(
                "Price variance on line 10 (BR-4711): invoiced 1.9 EUR, agreed 1.85 EUR (+2 % allowed).");
    }

    @Test
    void pricesPerHundredAreComparedPerPiece() {
        assertThat(InvoiceMatch.variances(List.of(line("L20", "5000", "0.05")), ORDER, "EUR")).containsExactly(
                "Price variance on line 20 (SC-0008): invoiced 5 EUR per 100, agreed 4.2 EUR per 100.");
    }

    @Test
    void moreThanArrivedIsAQuantityVarianceAndAnUnknownLineIsReported() {
        assertThat(InvoiceMatch.variances(List.of(line("L10", "120", "1.85"), line("L99", "1", "1")), ORDER, "EUR")).containsExactly(
                "Quantity variance on line 10 (BR-4711): invoiced 120 pcs, received 100 pcs.",
                "An invoiced line is not on the order.");
    }

    private static InvoiceDocument.Line line(String id, String quantity, String price) {
        return new InvoiceDocument.Line(id, new BigDecimal(quantity), new BigDecimal(price));
    }
}
