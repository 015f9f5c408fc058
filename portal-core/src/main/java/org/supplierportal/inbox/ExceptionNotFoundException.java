package org.supplierportal.inbox;

import java.util.UUID;

public class ExceptionNotFoundException extends RuntimeException {

    public ExceptionNotFoundException(UUID id) {
        super("Exception " + id + " was not found.");
    }
}
