package org.supplierportal.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.supplierportal.input.DecimalLimit;
import org.supplierportal.input.TextRule;

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
            problems.add(new QualityProblem("supplier", "Choose the supplier the incident is against."));
        }
        if (draft.severity() == null) {
            problems.add(new QualityProblem("severity", "Choose how severe the defect is."));
        }
        requireText(problems, "title", draft.title(), TITLE_MAX, "Give the incident a short title.");
        requireText(problems, "defect", draft.defect(), DEFECT_MAX, "Describe the defect: what was found, where and how.");
        if (blank(draft.partNumber()) && blank(draft.orderNumber())) {
            problems.add(new QualityProblem("partNumber", "Enter the part number, or the PO and line it came on."));
        }
        if (draft.orderLineNumber() != null && blank(draft.orderNumber())) {
            problems.add(new QualityProblem("orderNumber", "Enter the PO of line " + draft.orderLineNumber() + "."));
        }
        optionalText(problems, "partNumber", draft.partNumber(), PART_MAX);
        optionalText(problems, "orderNumber", draft.orderNumber(), ORDER_NUMBER_MAX);
        optionalText(problems, "asnNumber", draft.asnNumber(), ASN_NUMBER_MAX);
        optionalText(problems, "lot", draft.lot(), LOT_MAX);
        optionalText(problems, "unit", draft.unit(), UNIT_MAX);
        String quantityProblem = DecimalLimit.SHIPPED_QUANTITY.problem(draft.quantityAffected());
        if (quantityProblem != null) {
            problems.add(new QualityProblem("quantityAffected", quantityProblem + "."));
        } else if (draft.quantityAffected() != null && draft.quantityAffected().signum() <= 0) {
            problems.add(new QualityProblem("quantityAffected", "The quantity affected must be more than zero."));
        }
        Instant previous = null;
        StepKind previousKind = null;
        for (StepKind kind : StepKind.values()) {
            Instant due = dueDates.get(kind);
            String field = "dueDates." + kind.name();
            if (due == null) {
                problems.add(new QualityProblem(field, "Enter when the " + kind.label().toLowerCase() + " is due."));
            } else if (!due.isAfter(now)) {
                problems.add(new QualityProblem(field, "The " + kind.label().toLowerCase() + " must be due in the future."));
            } else if (previous != null && due.isBefore(previous)) {
                problems.add(new QualityProblem(field, "The " + kind.label().toLowerCase() + " cannot be due before the "
                        + previousKind.label().toLowerCase() + "."));
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
            problems.add(new QualityProblem("response", "The incident is closed; nothing more can be answered."));
        } else if (!step.awaitsSupplier()) {
            problems.add(new QualityProblem("response", step == StepStatus.ACCEPTED
                    ? "The " + kind.label().toLowerCase() + " is already accepted."
                    : "The " + kind.label().toLowerCase() + " is waiting for the buyer's review; you can answer again if it is returned."));
        }
        requireText(problems, "response", text, RESPONSE_MAX, "Write your " + kind.label().toLowerCase() + ".");
        return problems;
    }

    /** The buyer accepts or returns a submitted step; a returned step says why. */
    public static List<QualityProblem> checkReview(StepKind kind, StepStatus step, boolean accept, String comment) {
        List<QualityProblem> problems = new ArrayList<>();
        if (step != StepStatus.SUBMITTED) {
            problems.add(new QualityProblem("comment", switch (step) {
                case ACCEPTED -> "The " + kind.label().toLowerCase() + " is already accepted.";
                default -> "The supplier has not answered the " + kind.label().toLowerCase() + " yet.";
            }));
        }
        if (!accept && blank(comment)) {
            problems.add(new QualityProblem("comment", "Say what is missing, so the supplier can answer again."));
        }
        if (comment != null && comment.strip().length() > COMMENT_MAX) {
            problems.add(new QualityProblem("comment", "Keep the comment under " + COMMENT_MAX + " characters."));
        } else if (comment != null && TextRule.hasControlCharacter(comment)) {
            problems.add(new QualityProblem("comment", TextRule.problem(comment, COMMENT_MAX) + "."));
        }
        return problems;
    }

    private static void requireText(List<QualityProblem> problems, String field, String text, int max, String missing) {
        if (blank(text)) {
            problems.add(new QualityProblem(field, missing));
        } else if (text.strip().length() > max) {
            problems.add(new QualityProblem(field, "Keep it under " + max + " characters (now " + text.strip().length() + ")."));
        } else if (TextRule.hasControlCharacter(text)) {
            problems.add(new QualityProblem(field, TextRule.problem(text, max) + "."));
        }
    }

    private static void optionalText(List<QualityProblem> problems, String field, String text, int max) {
        String problem = TextRule.problem(text == null ? null : text.strip(), max);
        if (problem != null) {
            problems.add(new QualityProblem(field, problem + "."));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
