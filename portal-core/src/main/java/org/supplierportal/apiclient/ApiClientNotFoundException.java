package org.supplierportal.apiclient;

import java.util.UUID;

/** No such client, or not one the current user may manage. */
public class ApiClientNotFoundException extends RuntimeException {

    public ApiClientNotFoundException(UUID id) {
        super("There is no API client " + id + " you may manage.");
    }
}
