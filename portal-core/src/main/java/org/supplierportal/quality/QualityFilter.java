package org.supplierportal.quality;

/**
 * Which incidents a list shows.
 *
 * @param openOnly     only incidents not yet closed
 * @param myTurnOnly   only those waiting for the current user: an answer (supplier) or a review (buyer)
 * @param text         an incident, part or PO number prefix, or null
 */
public record QualityFilter(boolean openOnly, boolean myTurnOnly, String text) {

    public static QualityFilter all() {
        return new QualityFilter(false, false, null);
    }
}
