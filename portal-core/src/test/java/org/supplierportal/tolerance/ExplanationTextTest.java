package org.supplierportal.tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.audit.AuditSummary;

/** A rule's reason kept as text comes back as the rule made it, and reads in every language as it did. */
class ExplanationTextTest {

    @Test
    void aReasonComesBackWithEveryValueOfItsType() {
        Explanation late = Explanation.of("tolerance.date.late", LocalDate.of(2026, 12, 24), 9L, LocalDate.of(2026, 12, 15), 2L,
                ToleranceLayer.SUPPLIER);
        Explanation over = Explanation.of("tolerance.quantity.over", new BigDecimal("120.5"), "pcs", new BigDecimal("20.5"),
                new BigDecimal("100"), new BigDecimal("5"), ToleranceLayer.PART);

        assertThat(ExplanationText.read(ExplanationText.of(late))).isEqualTo(late);
        assertThat(ExplanationText.read(ExplanationText.of(over))).isEqualTo(over);
        assertThat(ExplanationText.read(ExplanationText.of(over)).in(Locale.GERMAN)).isEqualTo(over.in(Locale.GERMAN));
        assertThat(ExplanationText.read(ExplanationText.of(Explanation.of("tolerance.rejection"))))
                .isEqualTo(Explanation.of("tolerance.rejection"));
    }

    @Test
    void aMomentComesBackToTheSecond() {
        Explanation overdue = Explanation.of("inbox.reason.ACKNOWLEDGMENT_OVERDUE", "2",
                Instant.parse("2026-12-01T16:30:05Z"));

        assertThat(ExplanationText.read(ExplanationText.of(overdue))).isEqualTo(overdue);
    }

    @Test
    void sentencesComeBackOneAfterTheOtherAndAnAuditSummaryReadsThemOrNothing() {
        List<Explanation> sentences = List.of(Explanation.of("audit.line", "4500012", 20L),
                Explanation.of("order.note.buyerNote", "two\u001Dsentences?"));
        AuditSummary summary = AuditSummaries.of(sentences);

        assertThat(ExplanationText.readSentences(ExplanationText.sentences(sentences))).isEqualTo(sentences);
        assertThat(summary.english()).isEqualTo("PO 4500012 line 20: The buyer's note: “two\u001Dsentences?”");
        assertThat(AuditSummaries.sentences(summary.sentences())).contains(sentences);
        assertThat(AuditSummaries.sentences(null)).as("an entry written before summaries had sentences").isEmpty();
        assertThat(AuditSummaries.sentences("PO 4500012 received from TRYTON")).as("English words").isEmpty();
        assertThat(AuditSummaries.sentences("audit.noSuchKey")).as("a key the bundle does not have").isEmpty();
    }

    @Test
    void aNestedReasonAndFreeWordsComeBackWhateverCharactersTheyHave() {
        Explanation nested = Explanation.of("invoice.reason.more", ExplanationText.asStored("ERP \u001E block \u001B- x"),
                Explanation.of("invoice.reason.quantity", "10", "BR-1", Explanation.of("inbox.quantity", new BigDecimal("5"), "pcs"),
                        Explanation.of("inbox.quantity.noUnit", new BigDecimal("4"))));

        assertThat(ExplanationText.read(ExplanationText.of(nested))).isEqualTo(nested);
        assertThat(ExplanationText.read(ExplanationText.of(nested)).english())
                .isEqualTo("ERP \u001E block \u001B- x Quantity variance on line 10 (BR-1): invoiced 5 pcs, received 4.");
    }

    /** A nested reason's length counts characters, as the migrations' SQL does: one beyond 16 bits counts once. */
    @Test
    void aNestedReasonWithCharactersBeyondSixteenBitsComesBack() {
        Explanation nested = Explanation.of("invoice.reason.more", ExplanationText.asStored("\uD840\uDC0B \uD83D\uDCE6"),
                Explanation.of("inbox.quantity", new BigDecimal("5"), "\uD83D\uDCE6"));

        String kept = ExplanationText.of(nested);

        // "inbox.quantity", "n5", "s" and the parcel: 20 characters, 21 UTF-16 units.
        assertThat(kept).contains("\u001Ee20:inbox.quantity");
        assertThat(ExplanationText.read(kept)).isEqualTo(nested);
    }

    @Test
    void wordsKeptBeforeTheyHadAKeyReadAsStored() {
        assertThat(ExplanationText.readOrAsStored("40 pcs on 2026-12-15 at 9 EUR").english()).isEqualTo("40 pcs on 2026-12-15 at 9 EUR");
        assertThat(ExplanationText.readOrAsStored("Accepted as ordered").in(Locale.GERMAN)).isEqualTo("Accepted as ordered");
        assertThat(ExplanationText.readOrAsStored("It's {0} broken").in(Locale.FRENCH)).isEqualTo("It's {0} broken");
        assertThat(ExplanationText.readOrAsStored("").english()).isEmpty();
        assertThat(ExplanationText.readOrAsStored(null)).isNull();
        assertThat(ExplanationText.readOrAsStored("summary.accepted").in(Locale.GERMAN)).isEqualTo("Wie bestellt angenommen");
    }

    @Test
    void aTextThatIsNoReasonIsRefused() {
        assertThatThrownBy(() -> ExplanationText.read("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExplanationText.read("tolerance.unit\u001Expcs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExplanationText.of(Explanation.of("tolerance.unit", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
