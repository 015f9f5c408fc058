package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenancy.TenantId;

class QualityRulesTest {

    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    static final TenantId SUPPLIER = new TenantId(UUID.randomUUID());

    @Test
    void aCompleteIncidentPasses() {
        assertThat(QualityRules.checkIncident(draft("Burr", "Burr on bore", "BR-1", null), dueDates(), NOW)).isEmpty();
    }

    @Test
    void titleDefectAndPartOrPoAreNeeded() {
        assertThat(QualityRules.checkIncident(draft(" ", null, null, null), dueDates(), NOW))
                .extracting(QualityProblem::field).containsExactly("title", "defect", "partNumber");
    }

    @Test
    void aLineNeedsItsPoAndAQuantityMustBePositive() {
        IncidentDraft draft = new IncidentDraft(SUPPLIER, Severity.MAJOR, "Burr", "Burr", "BR-1", null, 10, null, null,
                BigDecimal.ZERO, "pcs", Map.of());
        assertThat(QualityRules.checkIncident(draft, dueDates(), NOW)).extracting(QualityProblem::field)
                .containsExactly("orderNumber", "quantityAffected");
    }

    @Test
    void dueDatesAreInTheFutureAndInTheOrderOfTheSteps() {
        Map<StepKind, Instant> due = dueDates();
        due.put(StepKind.CONTAINMENT, NOW.minusSeconds(1));
        due.put(StepKind.CORRECTIVE_ACTION, NOW.plus(Duration.ofDays(1)));
        due.remove(StepKind.PREVENTIVE_ACTION);
        assertThat(QualityRules.checkIncident(draft("Burr", "Burr", "BR-1", null), due, NOW))
                .extracting(QualityProblem::message).containsExactly(
                        "The containment must be due in the future.",
                        "The corrective action cannot be due before the root cause.",
                        "Enter when the preventive action is due.");
    }

    @Test
    void theSupplierAnswersOnlyOnItsTurnAndWithText() {
        assertThat(QualityRules.checkResponse(IncidentStatus.OPEN, StepKind.ROOT_CAUSE, StepStatus.RETURNED, "Tool wear")).isEmpty();
        assertThat(QualityRules.checkResponse(IncidentStatus.OPEN, StepKind.ROOT_CAUSE, StepStatus.OPEN, "  "))
                .extracting(QualityProblem::message).containsExactly("Write your root cause.");
        assertThat(QualityRules.checkResponse(IncidentStatus.OPEN, StepKind.ROOT_CAUSE, StepStatus.ACCEPTED, "x"))
                .extracting(QualityProblem::message).containsExactly("The root cause is already accepted.");
        assertThat(QualityRules.checkResponse(IncidentStatus.CLOSED, StepKind.ROOT_CAUSE, StepStatus.OPEN, "x"))
                .extracting(QualityProblem::message).containsExactly("The incident is closed; nothing more can be answered.");
        assertThat(QualityRules.checkResponse(IncidentStatus.OPEN, StepKind.ROOT_CAUSE, StepStatus.OPEN, "x".repeat(8001)))
                .extracting(QualityProblem::message).containsExactly("Keep it under 8000 characters (now 8001).");
    }

    @Test
    void theBuyerReviewsOnlySubmittedStepsAndSaysWhyWhenReturning() {
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.SUBMITTED, true, null)).isEmpty();
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.SUBMITTED, false, "Sort the stock in transit too")).isEmpty();
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.SUBMITTED, false, ""))
                .extracting(QualityProblem::message).containsExactly("Say what is missing, so the supplier can answer again.");
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.OPEN, true, null))
                .extracting(QualityProblem::message).containsExactly("The supplier has not answered the containment yet.");
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.ACCEPTED, true, null))
                .extracting(QualityProblem::message).containsExactly("The containment is already accepted.");
    }

    @Test
    void aTextWithAControlCharacterIsRefusedInTheReadersLanguage() {
        assertThat(QualityRules.checkReview(StepKind.CONTAINMENT, StepStatus.SUBMITTED, false, "Sort\u0000"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.message()).isEqualTo("Contains a control character (such as a null byte); use plain text.");
                    assertThat(problem.translatable().in(Locale.GERMAN))
                            .isEqualTo("Enthält ein Steuerzeichen (etwa ein Nullbyte); verwenden Sie reinen Text.");
                    assertThat(problem.translatable().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("包含控制字符（例如空字节）；请使用纯文本。");
                });
    }

    @Test
    void deadlinesFollowTheSeverityUnlessConfigured() {
        QualityDeadlines defaults = new QualityDeadlines(Map.of());
        assertThat(defaults.dueDates(Severity.CRITICAL, NOW).get(StepKind.CONTAINMENT)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(defaults.dueDates(Severity.MINOR, NOW).get(StepKind.PREVENTIVE_ACTION)).isEqualTo(NOW.plus(Duration.ofDays(60)));
        QualityDeadlines configured = new QualityDeadlines(Map.of(Severity.CRITICAL, Map.of(StepKind.CONTAINMENT, Duration.ofHours(8))));
        assertThat(configured.dueDates(Severity.CRITICAL, NOW).get(StepKind.CONTAINMENT)).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(configured.dueDates(Severity.CRITICAL, NOW).get(StepKind.ROOT_CAUSE)).isEqualTo(NOW.plus(Duration.ofDays(5)));
        for (Severity severity : Severity.values()) {
            assertThat(QualityRules.checkIncident(draft("t", "d", "p", null), defaults.dueDates(severity, NOW), NOW))
                    .as("default due dates of %s are acceptable", severity).isEmpty();
        }
    }

    private static IncidentDraft draft(String title, String defect, String part, String po) {
        return new IncidentDraft(SUPPLIER, Severity.MAJOR, title, defect, part, po, null, null, null, null, null, Map.of());
    }

    private static Map<StepKind, Instant> dueDates() {
        return new EnumMap<>(new QualityDeadlines(Map.of()).dueDates(Severity.MAJOR, NOW));
    }
}
