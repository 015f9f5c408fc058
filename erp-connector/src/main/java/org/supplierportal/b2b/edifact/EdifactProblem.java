package org.supplierportal.b2b.edifact;

/**
 * Where and why a message (or the interchange envelope) is not acceptable, in the terms of a CONTRL: the segment (UCS
 * or UCI) and, for a data element error, the element and component (UCD).
 *
 * @param segmentPosition  within the message, UNH being 1 (UCS 0096); 0 for the interchange envelope
 * @param elementPosition  1-based (S011 0098); null for an error of the segment itself
 * @param componentPosition 1-based (S011 0104); null for a simple element
 * @param errorCode        UN/EDIFACT syntax error code (0085), e.g. 12 invalid value, 13 missing
 * @param badValue         the bad data as received, when there was any
 */
record EdifactProblem(String segmentTag, int segmentPosition, Integer elementPosition, Integer componentPosition,
                      int errorCode, String badValue) {

    static EdifactProblem segment(String tag, int position, int code) {
        return new EdifactProblem(tag, position, null, null, code, null);
    }

    /** For people reading the message log: "QTY (segment 12), element 1, component 2: invalid value 'TWO'". */
    String describe() {
        String where = segmentTag + (segmentPosition > 0 ? " (segment " + segmentPosition + ")" : "");
        if (elementPosition != null) {
            where += ", element " + elementPosition + (componentPosition == null ? "" : ", component " + componentPosition);
        }
        return where + ": " + EdifactSyntaxErrors.describe(errorCode)
                + (badValue == null || badValue.isEmpty() ? "" : " '" + badValue + "'");
    }
}
