package org.supplierportal.acknowledgment;

import org.supplierportal.order.RevisionComparison;

/**
 * The order changed in the ERP while the supplier was answering: the answer was to an older revision and is not
 * recorded. The changes to the new revision travel with it, so the screen can show them and keep the answers.
 */
public class StaleRevisionException extends RuntimeException {

    private final int answeredRevision;
    private final int currentRevision;
    private final transient RevisionComparison changes;

    public StaleRevisionException(String orderNumber, int answeredRevision, int currentRevision, RevisionComparison changes) {
        super("PO " + orderNumber + " changed while you were answering: you answered revision " + answeredRevision
                + ", the current one is revision " + currentRevision + ". Nothing was recorded; review the "
                + changes.changes().size() + (changes.changes().size() == 1 ? " change" : " changes")
                + " and submit again.");
        this.answeredRevision = answeredRevision;
        this.currentRevision = currentRevision;
        this.changes = changes;
    }

    public int answeredRevision() {
        return answeredRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public RevisionComparison changes() {
        return changes;
    }
}
