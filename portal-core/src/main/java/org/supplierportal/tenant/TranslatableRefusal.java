package org.supplierportal.tenant;

/**
 * A refusal a screen can word in its reader's language: {@link #translatable()} when the rules bundle has its words,
 * the English message otherwise (files, logs and the API always take the English).
 */
public interface TranslatableRefusal {

    /** The refusal as a key of the rules bundle with its values; null where only English exists. */
    RuleText translatable();

    /** In English. */
    String getMessage();
}
