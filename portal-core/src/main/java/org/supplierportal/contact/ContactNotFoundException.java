package org.supplierportal.contact;

import java.util.UUID;

/** The contact does not exist, or belongs to another supplier: either way the current user cannot have it. */
public class ContactNotFoundException extends RuntimeException {

    public ContactNotFoundException(UUID id) {
        super("Contact " + id + " was not found. It may have been removed by someone else.");
    }
}
