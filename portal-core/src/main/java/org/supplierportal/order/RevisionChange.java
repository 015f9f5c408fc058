package org.supplierportal.order;

/**
 * One difference between two revisions of an order, for the change view: a header field, a line field, or a whole
 * line added or removed.
 *
 * @param lineNumber the line concerned, or null for the header
 * @param what       what changed (a screen words it in its reader's language)
 * @param before     the old value as text (numbers plain, dates ISO), or null for an added line
 * @param after      the new value as text, or null for a removed line
 */
public record RevisionChange(Integer lineNumber, Kind kind, ChangedField what, String before, String after) {

    public enum Kind { HEADER_CHANGED, LINE_ADDED, LINE_REMOVED, LINE_CHANGED }

    /** What changed in English ("Quantity", "Requested date"), as the API names it. */
    public String field() {
        return what.label();
    }
}
