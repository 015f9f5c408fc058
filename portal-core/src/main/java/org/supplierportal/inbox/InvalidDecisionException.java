package org.supplierportal.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.supplierportal.tenant.RuleText;

/** A buyer's decision the inbox refuses, with one refusal per form field (keys of the rules bundle with values). */
public class InvalidDecisionException extends RuntimeException {

    private final transient Map<String, RuleText> fieldRefusals;

    public InvalidDecisionException(Map<String, RuleText> fieldRefusals) {
        super(String.join(" ", english(fieldRefusals).values()));
        this.fieldRefusals = Collections.unmodifiableMap(new LinkedHashMap<>(fieldRefusals)); // in the form's order
    }

    /** The refusals per field, for a screen to word in its reader's language. */
    public Map<String, RuleText> fieldRefusals() {
        return fieldRefusals;
    }

    /** The refusals per field in English, for the API. */
    public Map<String, String> fieldMessages() {
        return english(fieldRefusals);
    }

    private static Map<String, String> english(Map<String, RuleText> refusals) {
        Map<String, String> english = new LinkedHashMap<>();
        refusals.forEach((field, refusal) -> english.put(field, refusal.english()));
        return english;
    }
}
