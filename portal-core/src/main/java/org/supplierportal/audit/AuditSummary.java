package org.supplierportal.audit;

import java.util.Objects;

/**
 * What an audit entry says happened: in English, as the trail keeps it for auditors, and as sentences a screen words
 * in the reader's language. The sentences are opaque here: {@code tolerance.AuditSummaries} writes and reads them
 * (the audit module cannot know the rules' wording: the rules record audit entries themselves).
 *
 * @param english   the summary in English, cut to 500 characters
 * @param sentences the summary as sentences of the rules bundle, or null where a summary has none
 */
public record AuditSummary(String english, String sentences) {

    /** What the audit_entry.summary column holds; the sentences (text) are kept whole. */
    static final int ENGLISH_MAX = 500;

    public AuditSummary {
        Objects.requireNonNull(english, "english");
        // A long note or many deliveries must not refuse the change the entry records: the trail's English is cut.
        english = english.length() > ENGLISH_MAX ? english.substring(0, ENGLISH_MAX - 1) + "…" : english;
    }

    /** A summary in English only (entries no screen shows in another language). */
    public static AuditSummary english(String english) {
        return new AuditSummary(english, null);
    }
}
