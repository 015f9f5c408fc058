package org.supplierportal.tenant;

/**
 * A tenant change the portal refuses for a reason the form can show next to a field: the key or a party code
 * already belongs to another supplier, the tenant is managed by a file, or it changed since it was opened.
 *
 * @see #field() the draft's field the message belongs to, or null for the form as a whole
 */
public class TenantRejectedException extends RuntimeException {

    private final String field;

    public TenantRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
