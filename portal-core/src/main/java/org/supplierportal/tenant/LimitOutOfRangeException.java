package org.supplierportal.tenant;

/**
 * A tolerance limit outside what the portal accepts (a percentage beyond 0 to 100 or with more than two decimals,
 * days beyond 0 to 365). The English message names the field first, as tenant files report it.
 *
 * @see #field() the limit's field, as a tenant file and the forms name it ({@code quantityOverPercent})
 */
public class LimitOutOfRangeException extends IllegalArgumentException implements TranslatableRefusal {

    private final String field;
    private final transient RuleText translatable;

    LimitOutOfRangeException(String field, String english, RuleText translatable) {
        super(field + " " + english);
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
