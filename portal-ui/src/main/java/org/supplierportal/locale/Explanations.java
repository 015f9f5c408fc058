package org.supplierportal.locale;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TranslatableRefusal;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.ToleranceLayer;

/**
 * The rules' reasons ({@link Explanation}: a key with values) and refusals ({@link RuleText}) in the reader's
 * language, numbers and dates the reader's way: the one place a screen turns them into words.
 */
public final class Explanations {

    private Explanations() {
    }

    public static String translate(Explanation explanation) {
        Object[] arguments = explanation.arguments().stream().map(Explanations::formatted).toArray();
        return I18NProvider.translate(explanation.key(), arguments);
    }

    /** A refusal worded by the rules bundle ({@link RuleText}: a key with values), in the reader's language. */
    public static String translate(RuleText text) {
        return I18NProvider.translate(text.key(), text.arguments().toArray());
    }

    /** A refusal in the reader's language, or in English where the service has only that. */
    public static String refusal(TranslatableRefusal refusal) {
        return refusal.translatable() == null ? refusal.getMessage() : translate(refusal.translatable());
    }

    /** What will happen to an answer, and why, as the person answering reads it. */
    public static String summary(LineEvaluation evaluation) {
        List<Explanation> reasons = evaluation.reasonsForBuyer();
        if (evaluation.outcome() == LineEvaluation.Outcome.COMMIT) {
            return I18NProvider.translate(evaluation.summaryKey());
        }
        return I18NProvider.translate(evaluation.summaryKey(),
                reasons.stream().map(Explanations::translate).collect(Collectors.joining(" ")));
    }

    private static Object formatted(Object argument) {
        return switch (argument) {
            case BigDecimal number -> UserFormats.number(number);
            case LocalDate date -> UserFormats.date(date);
            case Instant time -> UserFormats.dateTime(time);
            case ToleranceLayer layer -> I18NProvider.translate(Explanation.layerKey(layer));
            case Explanation word -> translate(word);
            case null -> "";
            default -> argument;
        };
    }
}
