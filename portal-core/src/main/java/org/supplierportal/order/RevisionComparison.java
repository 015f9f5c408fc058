package org.supplierportal.order;

import java.util.List;

/** The changes from one revision of an order to another. */
public record RevisionComparison(int fromRevision, int toRevision, List<RevisionChange> changes) {

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
