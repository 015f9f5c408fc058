package org.supplierportal.webhook;

import org.supplierportal.tolerance.Explanation;

/**
 * One thing wrong with a new subscription, by the form's field ({@code client}, {@code url}, {@code eventTypes}).
 *
 * @param message      the problem in English (the API's words)
 * @param translatable the same as a key of the rules bundle with its values, for the screen in the reader's language
 */
public record WebhookProblem(String field, String message, Explanation translatable) {

    static WebhookProblem of(String field, Explanation explanation) {
        return new WebhookProblem(field, explanation.english(), explanation);
    }

    static WebhookProblem of(String field, String key, Object... arguments) {
        return of(field, Explanation.of(key, arguments));
    }
}
