package org.supplierportal.tolerance;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.supplierportal.audit.AuditSummary;

/**
 * An audit entry's summary as sentences of the rules bundle ({@link AuditSummary}): English for the trail, and the
 * sentences for a screen to word in its reader's language. Pure.
 */
public final class AuditSummaries {

    private AuditSummaries() {
    }

    public static AuditSummary of(Explanation... sentences) {
        return of(List.of(sentences));
    }

    public static AuditSummary of(List<Explanation> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a summary has at least one sentence");
        }
        return new AuditSummary(sentences.stream().map(Explanation::english).collect(Collectors.joining(" ")),
                ExplanationText.sentences(sentences));
    }

    /**
     * The sentences an entry keeps, or empty where it keeps none (entries written before, or no screen's) or they
     * cannot be read: the screen then shows the English summary, and a damaged entry does not take the page down.
     */
    public static Optional<List<Explanation>> sentences(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            List<Explanation> sentences = ExplanationText.readSentences(stored);
            ResourceBundle rules = ResourceBundle.getBundle(Explanation.BUNDLE, Locale.ENGLISH);
            sentences.forEach(sentence -> rules.getString(sentence.key()));
            return Optional.of(sentences);
        } catch (IllegalArgumentException | java.time.DateTimeException | MissingResourceException unreadable) {
            return Optional.empty();
        }
    }
}
