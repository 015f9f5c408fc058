package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.tolerance.Explanation;

class LineNoteTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale SPANISH = Locale.of("es");

    @Test
    void theNotesOfARevisionInEveryLanguage() {
        LineNote changed = LineNote.changed(3);
        assertThat(changed.english()).isEqualTo("Changed in revision 3: please answer again.");
        assertThat(in(changed, Locale.GERMAN)).isEqualTo("In Revision 3 geändert: Bitte beantworten Sie die Position erneut.");
        assertThat(in(changed, Locale.FRENCH)).isEqualTo("Modifiée dans la révision 3 : veuillez répondre de nouveau.");
        assertThat(in(changed, SPANISH)).isEqualTo("Modificada en la revisión 3: responda de nuevo.");
        assertThat(in(changed, CHINESE)).isEqualTo("已在修订版 3 中更改：请重新答复。");
        assertThat(LineNote.adopted(2).english()).isEqualTo("The ERP took over the agreed values in revision 2.");
        assertThat(in(LineNote.removed(4), Locale.GERMAN)).isEqualTo("In Revision 4 aus der Bestellung entfernt.");
    }

    @Test
    void aCommitmentSaysHowItCameAbout() {
        assertThat(LineNote.committed(CommitmentSource.WITHIN_TOLERANCE).english())
                .isEqualTo("Confirmed by the supplier, within tolerance.");
        assertThat(LineNote.committed(CommitmentSource.BUYER_APPROVED).english())
                .isEqualTo("Supplier's proposal approved by the buyer.");
        assertThat(in(LineNote.committed(CommitmentSource.COUNTER_ACCEPTED), Locale.FRENCH))
                .isEqualTo("Contre-proposition de l’acheteur acceptée par le fournisseur.");
    }

    @Test
    void aCounterProposalNamesEachValueTheBuyerProposes() {
        LineNote note = LineNote.counterProposed(new CounterProposal(new BigDecimal("50.000"), LocalDate.of(2026, 3, 2),
                new BigDecimal("2.50")), line(BigDecimal.ONE), "EUR", " Half? ");
        assertThat(note.english()).isEqualTo("The buyer proposes other values. Quantity: 50 pcs. Delivery on 2026-03-02."
                + " Price: 2.5 EUR. The buyer's note: “Half?” Accept or reject the counter-proposal.");
        assertThat(in(note, Locale.GERMAN)).isEqualTo("Der Einkäufer schlägt andere Werte vor. Menge: 50 pcs."
                + " Lieferung am 2026-03-02. Preis: 2.5 EUR. Anmerkung des Einkäufers: „Half?“"
                + " Nehmen Sie den Gegenvorschlag an oder lehnen Sie ihn ab.");
        LineNote perHundred = LineNote.counterProposed(new CounterProposal(null, null, new BigDecimal("120")),
                line(new BigDecimal("100")), "EUR", null);
        assertThat(perHundred.english()).isEqualTo("The buyer proposes other values. Price: 120 EUR per 100 pcs."
                + " Accept or reject the counter-proposal.");
        assertThat(in(perHundred, CHINESE)).isEqualTo("采购员提出了其他数值。 价格：每 100 pcs 120 EUR。 请接受或拒绝该还价。");
    }

    @Test
    void theBuyersAndSuppliersOwnWordsStayAsWritten() {
        assertThat(LineNote.answerRejected("Too late").english())
                .isEqualTo("The buyer rejected your answer: Too late. Please answer this line again.");
        assertThat(in(LineNote.answerRejected("Trop tard"), Locale.FRENCH))
                .isEqualTo("L’acheteur a refusé votre réponse : Trop tard. Veuillez répondre de nouveau à cette ligne.");
        assertThat(in(LineNote.counterRejected("Zu teuer"), Locale.GERMAN)).isEqualTo("Sie haben den Gegenvorschlag des"
                + " Einkäufers abgelehnt: Zu teuer. Es wird auf den Einkäufer gewartet.");
        assertThat(LineNote.rejectionAgreed(" ").english())
                .isEqualTo("The buyer agreed to your rejection. The line will not be delivered.");
        assertThat(in(LineNote.rejectionAgreed("Bien"), SPANISH))
                .isEqualTo("El comprador aceptó su rechazo. La línea no se entregará. Nota del comprador: «Bien»");
    }

    @Test
    void waitingForTheBuyerGivesTheRulesReasons() {
        LineNote note = LineNote.waitingForBuyer(List.of(Explanation.of("tolerance.rejection")));
        assertThat(note.english()).isEqualTo("Waiting for the buyer: You reject the line; a buyer decides what happens to it.");
        assertThat(in(note, Locale.GERMAN))
                .isEqualTo("Wartet auf den Einkäufer: Sie lehnen die Position ab; ein Einkäufer entscheidet, wie es weitergeht.");
    }

    @Test
    void aStoredNoteReadsBackAsItWasMade() {
        LineNote note = LineNote.counterProposed(new CounterProposal(new BigDecimal("7"), null, null), line(BigDecimal.ONE),
                "EUR", "ok");
        assertThat(LineNote.read(note.stored()).english()).isEqualTo(note.english());
        assertThat(LineNote.read(LineNote.changed(5).stored()).english()).isEqualTo(LineNote.changed(5).english());
        assertThat(LineNote.read(null)).isNull();
    }

    @Test
    void englishWordsStoredBeforeNotesHadKeysShowAsTheyAre() {
        LineNote old = LineNote.read("The buyer proposes 5 pcs. Accept or reject the counter-proposal.");
        assertThat(old.sentences()).extracting(Explanation::key).containsExactly("order.note.text");
        assertThat(in(old, Locale.GERMAN)).isEqualTo("The buyer proposes 5 pcs. Accept or reject the counter-proposal.");
        assertThat(LineNote.read("order.note.nothing\u001Ex").english()).isEqualTo("order.note.nothing\u001Ex");
        // A note whose key no bundle has shows as stored rather than fail on the order page.
        assertThat(LineNote.read("order.note.nothing\u001Esx").sentences()).extracting(Explanation::key)
                .containsExactly("order.note.text");
    }

    /** Someone's own words cannot split a note into other sentences, whatever characters they hold. */
    @Test
    void aBuyersNoteWithTheSentenceSeparatorInItStaysOneSentence() {
        LineNote note = LineNote.rejectionAgreed("Sorry\u001Dorder.note.changed\u001Ei5 \u001B and \u001E end");

        LineNote read = LineNote.read(note.stored());

        assertThat(read.sentences()).extracting(Explanation::key).containsExactly("order.note.rejectionAgreed", "order.note.buyerNote");
        assertThat(read.english()).isEqualTo(note.english()).contains("Sorry\u001Dorder.note.changed\u001Ei5 \u001B and \u001E end");
    }

    private static String in(LineNote note, Locale language) {
        return String.join(" ", note.sentences().stream().map(sentence -> sentence.in(language)).toList());
    }

    private static OrderLineView line(BigDecimal priceUnit) {
        return new OrderLineView(UUID.randomUUID(), 10, "l10", "BR-1", null, "Bracket", new BigDecimal("100"), "pcs",
                new BigDecimal("2.80"), priceUnit, LocalDate.of(2026, 3, 1), List.of(), LineStatus.BUYER_REVIEW, 1, null,
                null, null, null, null, BigDecimal.ZERO);
    }
}
