package org.supplierportal.inbox;

import java.util.List;

import org.supplierportal.quality.StepKind;
import org.supplierportal.tolerance.Explanation;

/**
 * What an exception about something other than an order line is about (a quality step, an invoice), as its kind and
 * values rather than words: a screen or an e-mail words it in the reader's language ({@link #explanation()}), the
 * API and the audit log in English ({@link #english()}). Two subjects are the same thing when they are equal.
 *
 * @param values as {@link SubjectKind} lists them, each as written in every language (numbers, a step's code)
 */
public record ExceptionSubject(SubjectKind kind, List<String> values) {

    public ExceptionSubject {
        if (kind == null || values == null || values.size() != kind.valueCount()) {
            throw new IllegalArgumentException("a subject of kind " + kind + " has " + (kind == null ? "a kind" : kind.valueCount()
                    + " values") + ", not " + values);
        }
        values = List.copyOf(values);
        if (kind == SubjectKind.QUALITY_STEP) {
            StepKind.valueOf(values.get(1)); // fails loudly on a step that does not exist
        }
    }

    public static ExceptionSubject qualityStep(String incidentNumber, StepKind step) {
        return new ExceptionSubject(SubjectKind.QUALITY_STEP, List.of(incidentNumber, step.name()));
    }

    public static ExceptionSubject invoice(String invoiceNumber) {
        return new ExceptionSubject(SubjectKind.INVOICE, List.of(invoiceNumber));
    }

    /** The whole subject ("Quality incident QI-000012: containment") as a key of the rules bundle with its values. */
    public Explanation explanation() {
        return kind == SubjectKind.QUALITY_STEP
                ? Explanation.of("inbox.subject.QUALITY_STEP", values.get(0), Explanation.of("quality.stepInSentence." + values.get(1)))
                : Explanation.of("inbox.subject." + kind.name(), values.getFirst());
    }

    /** The thing a link opens, without the step ("quality incident QI-000012"), to go after "Open". */
    public Explanation thing() {
        return Explanation.of("inbox.subjectThing." + kind.name(), values.getFirst());
    }

    /** In English, as the API and the audit log keep it. */
    public String english() {
        return explanation().english();
    }
}
