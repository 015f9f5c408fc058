package org.supplierportal.acknowledgment;

import org.supplierportal.tolerance.Explanation;

/**
 * One thing wrong with an answer, tied to the field it concerns.
 *
 * @param field        e.g. {@code lines[2].quantity} (index into the request's lines) or {@code revision}
 * @param lineNumber   the order line concerned, or null
 * @param message      the problem in English (the API's words)
 * @param translatable the same as a message key with its values, for a screen in the reader's language; null for
 *                     problems only the API meets
 */
public record FieldProblem(String field, Integer lineNumber, String message, Explanation translatable) {

    public FieldProblem(String field, Integer lineNumber, String message) {
        this(field, lineNumber, message, null);
    }

    static FieldProblem of(String field, Integer lineNumber, String key, Object... arguments) {
        Explanation explanation = Explanation.of(key, arguments);
        return new FieldProblem(field, lineNumber, explanation.english(), explanation);
    }
}
