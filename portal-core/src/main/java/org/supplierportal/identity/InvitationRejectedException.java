package org.supplierportal.identity;

/**
 * An invitation or account change the portal refuses, in words for the person who tried; {@link #field()} names
 * the form field the message belongs to, or is null.
 */
public class InvitationRejectedException extends RuntimeException {

    private final String field;

    public InvitationRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
