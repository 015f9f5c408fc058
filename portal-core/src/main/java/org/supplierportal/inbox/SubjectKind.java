package org.supplierportal.inbox;

/**
 * What an exception about something other than an order line is about. Each kind is worded by the rules bundle's
 * {@code inbox.subject.<KIND>} with the subject's values, so every reader gets it in their own language.
 */
public enum SubjectKind {
    /** A quality incident's step; values: the incident number, the step ({@code StepKind} name). */
    QUALITY_STEP(2),
    /** An invoice; values: its number. */
    INVOICE(1),
    /** Raised before subjects had a kind and not recognised since: values: the English text it was stored with. */
    TEXT(1);

    private final int valueCount;

    SubjectKind(int valueCount) {
        this.valueCount = valueCount;
    }

    /** How many values a subject of this kind has. */
    int valueCount() {
        return valueCount;
    }
}
