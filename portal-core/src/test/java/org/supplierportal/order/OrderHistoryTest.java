package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.supplierportal.audit.AuditSummary;
import org.supplierportal.tolerance.AuditSummaries;

/** What the order's History tab says, in English (the trail) and in a reader's language from the kept sentences. */
class OrderHistoryTest {

    private static final LocalDate MAY_4 = LocalDate.of(2027, 5, 4);

    @Test
    void aCommitmentSaysItsDeliveriesItsPriceAndHowItCameAbout() {
        Commitment split = new Commitment(List.of(new Commitment.Delivery(new BigDecimal("60"), MAY_4),
                new Commitment.Delivery(new BigDecimal("40.5"), MAY_4.plusDays(7))), new BigDecimal("1.85"));
        AuditSummary summary = OrderHistory.committed("4500012", 10, split, CommitmentSource.BUYER_APPROVED, "pcs",
                BigDecimal.ONE, "EUR");

        assertThat(summary.english()).isEqualTo("PO 4500012 line 10 confirmed, the buyer approved the supplier's proposal:"
                + " 60 pcs on 2027-05-04 + 40.5 pcs on 2027-05-11 at 1.85 EUR");
        assertThat(read(summary, Locale.GERMAN)).isEqualTo("Bestellung 4500012 Pos. 10 bestätigt, der Einkäufer hat den"
                + " Vorschlag des Lieferanten freigegeben: 60 pcs zum 2027-05-04 + 40.5 pcs zum 2027-05-11 à 1.85 EUR");
    }

    @Test
    void aRevisionCountsItsChangesAndAReceiptNamesItsShipmentWhenItHasOne() {
        assertThat(OrderHistory.revised("4500012", 3, 1).english()).isEqualTo("PO 4500012 changed in the ERP: revision 3, 1 change");
        assertThat(read(OrderHistory.revised("4500012", 1234, 2), Locale.FRENCH))
                .isEqualTo("Commande 4500012 modifiée dans l’ERP : révision 1234, 2 modifications");
        assertThat(OrderHistory.goodsReceived("4500012", 10, new BigDecimal("80.000"), "kg", "IN/0042").english())
                .isEqualTo("PO 4500012 line 10: 80 kg received (shipment IN/0042)");
        assertThat(read(OrderHistory.goodsReceived("4500012", 10, new BigDecimal("80"), "kg", null), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("订单 4500012 第 10 行：已收货 80 kg");
    }

    @Test
    void aLineChangeNamesTheLineThenSaysItsNote() {
        AuditSummary summary = OrderHistory.lineChanged("4500012", 20, LineNote.rejectionAgreed("Schade"));

        assertThat(summary.english()).isEqualTo("PO 4500012 line 20: The buyer agreed to your rejection."
                + " The line will not be delivered. The buyer's note: “Schade”");
        assertThat(read(summary, Locale.of("es"))).startsWith("Pedido 4500012 línea 20: ").endsWith("Nota del comprador: «Schade»");
    }

    /** As a screen words the kept sentences, with the values as plain as Explanation.in writes them. */
    private static String read(AuditSummary summary, Locale language) {
        return AuditSummaries.sentences(summary.sentences()).orElseThrow().stream()
                .map(sentence -> sentence.in(language)).collect(Collectors.joining(" "));
    }
}
