package org.supplierportal.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.input.TextRule;
import org.supplierportal.tolerance.Explanation;

/** What makes an incident, an answer and a review acceptable. Pure: every problem is returned, nothing thrown. */
public final class QualityRules {

    static final int TITLE_MAX = 200;
    static final int DEFECT_MAX = 4000;
    static final int RESPONSE_MAX = 8000;
    static final int COMMENT_MAX = 2000;
    /** The other columns' lengths (V9 migration). */
    static final int PART_MAX = 100;
    static final int ORDER_NUMBER_MAX = 50;
    static final int ASN_NUMBER_MAX = 30;
    static final int LOT_MAX = 100;
    static final int UNIT_MAX = 20;

    private QualityRules() {
    }

    /** An incident's fields, with the due dates it will get (the draft's or the severity's). */
    public static List<QualityProblem> checkIncident(IncidentDraft draft, Map<StepKind, Instant> dueDates, Instant now) {
        List<QualityProblem> problems = new ArrayList<>();
        if (draft.supplier() == null) {
            problems.add(QualityProblem.of("supplier", "quality.problem.supplier"));
        }
        if (draft.severity() == null) {
            problems.add(QualityProblem.of("severity", "quality.problem.severity"));
        }
        requireText(problems, "title", draft.title(), TITLE_MAX, QualityProblem.of("title", "quality.problem.title"));
        requireText(problems, "defect", draft.defect(), DEFECT_MAX, QualityProblem.of("defect", "quality.problem.defect"));
        if (blank(draft.partNumber()) && blank(draft.orderNumber())) {
            problems.add(QualityProblem.of("partNumber", "quality.problem.partOrOrder"));
        }
        if (draft.orderLineNumber() != null && blank(draft.orderNumber())) {
            problems.add(QualityProblem.of("orderNumber", "quality.problem.orderOfLine", String.valueOf(draft.orderLineNumber())));
        }
        optionalText(problems, "partNumber", draft.partNumber(), PART_MAX);
        optionalText(problems, "orderNumber", draft.orderNumber(), ORDER_NUMBER_MAX);
        optionalText(problems, "asnNumber", draft.asnNumber(), ASN_NUMBER_MAX);
        optionalText(problems, "lot", draft.lot(), LOT_MAX);
        optionalText(problems, "unit", draft.unit(), UNIT_MAX);
        Explanation quantityProblem = DecimalLimit.SHIPPED_QUANTITY.translatable(draft.quantityAffected());
        if (quantityProblem != null) {
            problems.add(QualityProblem.of("quantityAffected", "input.sentence", quantityProblem));
        } else if (draft.quantityAffected() != null && draft.quantityAffected().signum() <= 0) {
            problems.add(QualityProblem.of("quantityAffected", "quality.problem.quantity"));
        }
        Instant previous = null;
        StepKind previousKind = null;
        for (StepKind kind : StepKind.values()) {
            Instant due = dueDates.get(kind);
            String field = "dueDates." + kind.name();
            if (due == null) {
                problems.add(QualityProblem.of(field, "quality.problem.dueMissing", QualityProblem.step(kind)));
            } else if (!due.isAfter(now)) {
                problems.add(QualityProblem.of(field, "quality.problem.dueInPast", QualityProblem.step(kind)));
            } else if (previous != null && due.isBefore(previous)) {
                problems.add(QualityProblem.of(field, "quality.problem.dueBeforePrevious", QualityProblem.step(kind),
                        QualityProblem.step(previousKind)));
            }
            if (due != null) {
                previous = due;
                previousKind = kind;
            }
        }
        return problems;
    }

    /** The supplier answers a step: only when it is their turn, and with something to read. */
    public static List<QualityProblem> checkResponse(IncidentStatus incident, StepKind kind, StepStatus step, String text) {
        List<QualityProblem> problems = new ArrayList<>();
        if (incident == IncidentStatus.CLOSED) {
            problems.add(QualityProblem.of("response", "quality.problem.closed"));
        } else if (!step.awaitsSupplier()) {
            problems.add(QualityProblem.of("response", step == StepStatus.ACCEPTED ? "quality.problem.alreadyAccepted"
                    : "quality.problem.inReview", QualityProblem.step(kind)));
        }
        requireText(problems, "response", text, RESPONSE_MAX, QualityProblem.of("response", "quality.problem.response", QualityProblem.step(kind)));
        return problems;
    }

    /** The buyer accepts or returns a submitted step; a returned step says why. */
    public static List<QualityProblem> checkReview(StepKind kind, StepStatus step, boolean accept, String comment) {
        List<QualityProblem> problems = new ArrayList<>();
        if (step != StepStatus.SUBMITTED) {
            problems.add(QualityProblem.of("comment", step == StepStatus.ACCEPTED ? "quality.problem.alreadyAccepted"
                    : "quality.problem.notAnswered", QualityProblem.step(kind)));
        }
        if (!accept && blank(comment)) {
            problems.add(QualityProblem.of("comment", "quality.problem.returnWhy"));
        }
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            problems.add(QualityProblem.of("comment", "quality.problem.commentLength", COMMENT_MAX));
        } else if (comment != null && TextRule.hasControlCharacter(comment)) {
            problems.add(QualityProblem.of("comment", "input.sentence", TextRule.translatable(comment, COMMENT_MAX)));
        }
        return problems;
    }

    private static void requireText(List<QualityProblem> problems, String field, String text, int max, QualityProblem missing) {
        if (blank(text)) {
            problems.add(missing);
        } else if (text.strip().length() > max) {
            problems.add(QualityProblem.of(field, "quality.problem.tooLong", max, text.strip().length()));
        } else if (TextRule.hasControlCharacter(text)) {
            problems.add(QualityProblem.of(field, "input.sentence", TextRule.translatable(text, max)));
        }
    }

    private static void optionalText(List<QualityProblem> problems, String field, String text, int max) {
        Explanation problem = TextRule.translatable(text == null ? null : text.strip(), max);
        if (problem != null) {
            problems.add(QualityProblem.of(field, "input.sentence", problem));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
