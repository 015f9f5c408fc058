package org.supplierportal.order;

/**
 * One difference between two revisions of an order, for the change view: a header field, a line field, or a whole
 * line added or removed.
 *
 * @param lineNumber the line concerned, or null for the header
 * @param field      what changed, in the user's words ("Quantity", "Requested date")
 * @param before     the old value as text, or null for an added line
 * @param after      the new value as text, or null for a removed line
 */
public record RevisionChange(Integer lineNumber, Kind kind, String field, String before, String after) {

    public enum Kind { HEADER_CHANGED, LINE_ADDED, LINE_REMOVED, LINE_CHANGED }
}
