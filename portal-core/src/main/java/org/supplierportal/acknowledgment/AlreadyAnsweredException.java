package org.supplierportal.acknowledgment;

import java.time.Instant;

/** The revision was already acknowledged (a second tab, a second click with another form). */
public class AlreadyAnsweredException extends RuntimeException {

    public AlreadyAnsweredException(String orderNumber, int revision, String by, Instant at) {
        super("Revision " + revision + " of PO " + orderNumber + " was already acknowledged"
                + (by == null ? "" : " by " + by) + (at == null ? "" : " at " + at) + ". Reload the order to see the answer.");
    }
}
