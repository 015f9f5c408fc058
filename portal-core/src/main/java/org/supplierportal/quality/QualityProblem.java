package org.supplierportal.quality;

/**
 * What is wrong with one field of an incident or an answer, in the user's words.
 *
 * @param field as in the draft ({@code title}, {@code dueDates.CONTAINMENT}) or {@code response}, {@code comment},
 *              {@code file}
 */
public record QualityProblem(String field, String message) {
}
