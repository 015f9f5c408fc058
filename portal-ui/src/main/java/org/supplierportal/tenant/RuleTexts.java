package org.supplierportal.tenant;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Refusals worded by the rules bundle ({@link RuleText}: a key with values) in the reader's language: the one place a
 * screen turns them into words. Beside {@link RuleText}, so that every module whose refusals use it can word them
 * (the locale module, which words the tolerance rules, depends on some of those modules).
 */
public final class RuleTexts {

    private RuleTexts() {
    }

    public static String text(RuleText text) {
        return I18NProvider.translate(text.key(), text.arguments().toArray());
    }

    /** A refusal in the reader's language, or in English where the service has only that. */
    public static String refusal(TranslatableRefusal refusal) {
        return refusal.translatable() == null ? refusal.getMessage() : text(refusal.translatable());
    }
}
