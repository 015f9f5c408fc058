package org.supplierportal.identity;

import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TranslatableRefusal;

/**
 * An invitation or account change the portal refuses, in words for the person who tried; {@link #field()} names
 * the form field the message belongs to, or is null.
 */
public class InvitationRejectedException extends RuntimeException implements TranslatableRefusal {

    private final String field;
    private final RuleText translatable;

    public InvitationRejectedException(String field, String message) {
        this(field, message, null);
    }

    /** A refusal worded by the rules bundle: its English text is the message (the API's and the logs'). */
    public InvitationRejectedException(String field, RuleText translatable) {
        this(field, translatable.english(), translatable);
    }

    private InvitationRejectedException(String field, String message, RuleText translatable) {
        super(message);
        this.field = field;
        this.translatable = translatable;
    }

    public String field() {
        return field;
    }

    @Override
    public RuleText translatable() {
        return translatable;
    }
}
