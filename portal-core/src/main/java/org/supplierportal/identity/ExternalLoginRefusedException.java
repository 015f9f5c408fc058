package org.supplierportal.identity;

import org.supplierportal.tenant.RuleText;
import org.supplierportal.tenant.TranslatableRefusal;

/**
 * Someone the identity provider let in, but the portal does not: why, in their words (the rules bundle's
 * {@code loginRule.*}, so the refusal page says it in their language; English for logs and the API).
 */
public class ExternalLoginRefusedException extends RuntimeException implements TranslatableRefusal {

    private final transient RuleText translatable;

    public ExternalLoginRefusedException(RuleText translatable) {
        super(translatable.english());
        this.translatable = translatable;
    }

    @Override
    public RuleText translatable() {
        return translatable;
    }
}
