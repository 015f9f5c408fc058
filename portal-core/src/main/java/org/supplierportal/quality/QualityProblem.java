package org.supplierportal.quality;
import org.supplierportal.tolerance.Explanation;

/**
 * What is wrong with one field of an incident or an answer, in the user's words.
 *
 * @param field        as in the draft ({@code title}, {@code dueDates.CONTAINMENT}) or {@code response}, {@code comment},
 *                     {@code file}
 * @param message      the problem in English (the API's words)
 * @param translatable the same as a key of the rules bundle with its values, for a screen in the reader's language;
 *                     null where only the English text exists
 */
public record QualityProblem(String field, String message, Explanation translatable) {

    public QualityProblem(String field, String message) {
        this(field, message, null);
    }

    /** A problem worded by the rules bundle's key, for the API in English and for the screen in the reader's language. */
    static QualityProblem of(String field, String key, Object... arguments) {
        Explanation explanation = Explanation.of(key, arguments);
        return new QualityProblem(field, explanation.english(), explanation);
    }

    /** A step's name inside a sentence ("the containment"), as an argument of {@link #of}. */
    static Explanation step(StepKind kind) {
        return Explanation.of("quality.stepInSentence." + kind.name());
    }
}
