package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The buyer's words about overdue quality steps. */
class QualityInboxTextsTest {

    @Test
    void anOverdueStepNamesTheStepTheIncidentAndItsDueTimeInUtc() {
        assertThat(QualityInboxTexts.stepOverdue("QI-000012", StepKind.ROOT_CAUSE, Instant.parse("2026-12-01T08:05:00Z")))
                .isEqualTo("The root cause of QI-000012 was due 1 December 2026, 08:05 UTC and the supplier has not answered it."
                        + " Remind the supplier.");
        assertThat(QualityInboxTexts.stepAnswered(StepKind.CONTAINMENT)).isEqualTo("The supplier answered the containment.");
    }
}
