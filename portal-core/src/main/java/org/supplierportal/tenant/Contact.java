package org.supplierportal.tenant;

/** A person to talk to at the supplier: name, e-mail and phone, each optional. */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact(null, null, null);
}
