package org.supplierportal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 15);

    @Test
    void listsChangedFieldsAddedAndRemovedLinesAndWhichLinesToAnswerAgain() {
        OrderDocument before = document("30 days net", line(10, "100", DATE), line(20, "50", DATE), line(30, "5", DATE));
        OrderDocument after = document("45 days net", line(10, "120", DATE), line(20, "50", DATE.plusDays(3)), line(40, "7", DATE));

        List<RevisionChange> changes = RevisionDiff.between(before, after);

        assertThat(changes).containsExactly(
                new RevisionChange(null, RevisionChange.Kind.HEADER_CHANGED, ChangedField.PAYMENT_TERMS, "30 days net", "45 days net"),
                new RevisionChange(10, RevisionChange.Kind.LINE_CHANGED, ChangedField.QUANTITY, "100", "120"),
                new RevisionChange(20, RevisionChange.Kind.LINE_CHANGED, ChangedField.REQUESTED_DATE, "2026-12-15", "2026-12-18"),
                new RevisionChange(30, RevisionChange.Kind.LINE_REMOVED, ChangedField.LINE, "P-30, 5 pcs, 2026-12-15", null),
                new RevisionChange(40, RevisionChange.Kind.LINE_ADDED, ChangedField.LINE, null, "P-40, 7 pcs, 2026-12-15"));
        assertThat(RevisionDiff.linesToAnswerAgain(changes)).containsExactly(10, 20, 40);
    }

    @Test
    void theSameContentWithOtherNumberFormsIsNoChange() {
        OrderDocument before = document("30 days net", line(10, "100", DATE)).content();
        OrderDocument after = document("30 days net", line(10, "100.000", DATE)).content();

        assertThat(RevisionDiff.between(before, after)).isEmpty();
    }

    private static OrderDocument document(String terms, OrderDocument.Line... lines) {
        return new OrderDocument("TEST", "E1", "4500000001", 1, "SUP-1", "Bea", null, "EUR", terms, "FCA", "Plant 1",
                DATE.minusDays(20), List.of(lines));
    }

    private static OrderDocument.Line line(int number, String quantity, LocalDate date) {
        return new OrderDocument.Line(number, null, "P-" + number, null, null, new BigDecimal(quantity), "pcs",
                new BigDecimal("2.50"), null, date, List.of());
    }
}
