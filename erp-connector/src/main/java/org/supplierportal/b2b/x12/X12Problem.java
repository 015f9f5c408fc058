package org.supplierportal.b2b.x12;

/**
 * Where and why a transaction set is not acceptable, in the terms of a 997: the segment (AK3) and, for an element
 * error, the element (AK4).
 *
 * @param segmentPosition  within the transaction set, ST being 1 (AK3-02)
 * @param segmentErrorCode X12 code list 720 (AK3-04): 8 = segment has data element errors
 * @param elementPosition  1-based (AK4-01); null for an error of the segment itself
 * @param elementReference the data element's reference number (AK4-02), e.g. 330 for a quantity
 * @param elementErrorCode X12 code list 723 (AK4-03); null for an error of the segment itself
 * @param badValue         a copy of the bad data (AK4-04), when there was any
 */
record X12Problem(String segmentTag, int segmentPosition, int segmentErrorCode, Integer elementPosition,
                  String elementReference, Integer elementErrorCode, String badValue) {

    static final int SEGMENT_HAS_ELEMENT_ERRORS = 8;

    static X12Problem segment(String tag, int position, int code) {
        return new X12Problem(tag, position, code, null, null, null, null);
    }

    static X12Problem element(String tag, int position, int elementPosition, String reference, int code, String badValue) {
        return new X12Problem(tag, position, SEGMENT_HAS_ELEMENT_ERRORS, elementPosition, reference, code, badValue);
    }

    /** For people reading the message log: "PO1 (segment 5), element 2 (330): invalid character data 'THREE'". */
    String describe() {
        String where = segmentTag + " (segment " + segmentPosition + ")";
        if (elementPosition == null) {
            return where + ": " + X12ErrorCodes.describeSegmentCode(segmentErrorCode);
        }
        return where + ", element " + elementPosition + (elementReference == null ? "" : " (" + elementReference + ")") + ": "
                + X12ErrorCodes.describeElementCode(elementErrorCode)
                + (badValue == null || badValue.isEmpty() ? "" : " '" + badValue + "'");
    }
}
