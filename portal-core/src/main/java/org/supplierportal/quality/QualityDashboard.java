package org.supplierportal.quality;

/**
 * What needs doing about quality, for the current user.
 *
 * @param stepsDue      steps waiting for the supplier's answer
 * @param stepsOverdue  of those, the ones past their due time
 * @param toReview      answers waiting for a buyer's review
 * @param openIncidents incidents not yet closed
 */
public record QualityDashboard(long stepsDue, long stepsOverdue, long toReview, long openIncidents) {
}
