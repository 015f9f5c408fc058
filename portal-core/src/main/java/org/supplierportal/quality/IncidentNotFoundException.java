package org.supplierportal.quality;

/** No such incident, or not one the current user may see (the same answer, so as not to tell which). */
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(Object id) {
        super("Quality incident " + id + " not found");
    }
}
