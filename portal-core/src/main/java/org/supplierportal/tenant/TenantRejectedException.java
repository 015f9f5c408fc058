package org.supplierportal.tenant;

/**
 * A tenant change the portal refuses for a reason the form can show next to a field: the key or a party code
 * already belongs to another supplier, the tenant is managed by a file, or it changed since it was opened.
 *
 * @see #field() the draft's field the message belongs to, or null for the form as a whole
 */
public class TenantRejectedException extends RuntimeException implements TranslatableRefusal {

    private final String field;
    private final RuleText translatable;

    public TenantRejectedException(String field, String message) {
        this(field, message, null);
    }

    /** A refusal worded by the rules bundle: its English text is the message (the API's and the logs'). */
    public TenantRejectedException(String field, RuleText translatable) {
        this(field, translatable.english(), translatable);
    }

    private TenantRejectedException(String field, String message, RuleText translatable) {
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
