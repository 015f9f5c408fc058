package org.supplierportal.b2b.x12;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * StAEDI's validation errors in the codes of a 997: X12 code list 720 for segments (AK3-04) and 723 for elements
 * (AK4-03), as published for version 004010.
 */
final class X12ErrorCodes {

    /** AK5-02 (code list 718): the count in SE differs from the segments received. */
    static final int SEGMENT_COUNT_MISMATCH = 4;
    /** AK5-02: the control numbers of ST and SE differ. */
    static final int CONTROL_NUMBER_MISMATCH = 3;
    /** AK5-02: one or more segments in error. */
    static final int SEGMENTS_IN_ERROR = 5;
    /** AK5-02: a transaction set the portal does not take. */
    static final int SET_NOT_SUPPORTED = 1;

    private X12ErrorCodes() {
    }

    static int segmentCode(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> 1;
            case UNEXPECTED_SEGMENT -> 2;
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING -> 3;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> 4;
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> 5;
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> 6;
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> 7;
            default -> X12Problem.SEGMENT_HAS_ELEMENT_ERRORS;
        };
    }

    static int elementCode(EDIStreamValidationError error) {
        return switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING -> 1;
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> 2;
            case TOO_MANY_DATA_ELEMENTS -> 3;
            case DATA_ELEMENT_TOO_SHORT -> 4;
            case DATA_ELEMENT_TOO_LONG -> 5;
            case INVALID_CHARACTER_DATA -> 6;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> 7;
            case INVALID_DATE -> 8;
            case INVALID_TIME -> 9;
            case EXCLUSION_CONDITION_VIOLATED -> 10;
            case TOO_MANY_REPETITIONS -> 12;
            case TOO_MANY_COMPONENTS -> 13;
            default -> 6;
        };
    }

    static String describeSegmentCode(int code) {
        return switch (code) {
            case 1 -> "unrecognized segment";
            case 2 -> "unexpected segment";
            case 3 -> "mandatory segment missing";
            case 4 -> "loop occurs over maximum times";
            case 5 -> "segment exceeds maximum use";
            case 6 -> "segment not in the transaction set";
            case 7 -> "segment not in proper sequence";
            default -> "segment has data element errors";
        };
    }

    static String describeElementCode(Integer code) {
        return switch (code == null ? 0 : code) {
            case 1 -> "mandatory data element missing";
            case 2 -> "conditional required data element missing";
            case 3 -> "too many data elements";
            case 4 -> "data element too short";
            case 5 -> "data element too long";
            case 6 -> "invalid character in data element";
            case 7 -> "invalid code value";
            case 8 -> "invalid date";
            case 9 -> "invalid time";
            case 10 -> "exclusion condition violated";
            case 12 -> "too many repetitions";
            case 13 -> "too many components";
            default -> "data element error";
        };
    }
}
