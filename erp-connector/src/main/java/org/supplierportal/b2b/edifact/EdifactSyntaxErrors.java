package org.supplierportal.b2b.edifact;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * StAEDI's validation errors as UN/EDIFACT syntax error codes (data element 0085, ISO 9735), the codes a CONTRL
 * carries in UCI, UCM, UCS and UCD.
 */
final class EdifactSyntaxErrors {

    static final int SYNTAX_VERSION_NOT_SUPPORTED = 2;
    static final int RECIPIENT_NOT_ACTUAL_RECIPIENT = 7;
    static final int INVALID_VALUE = 12;
    static final int MISSING = 13;
    static final int VALUE_NOT_SUPPORTED_IN_POSITION = 14;
    static final int NOT_SUPPORTED_IN_POSITION = 15;
    static final int TOO_MANY_CONSTITUENTS = 16;
    static final int NO_AGREEMENT = 17;
    static final int UNSPECIFIED = 18;
    static final int UNKNOWN_SENDER = 23;
    static final int DUPLICATE_DETECTED = 26;
    static final int REFERENCES_DO_NOT_MATCH = 28;
    static final int CONTROL_COUNT_MISMATCH = 29;
    static final int TOO_MANY_REPETITIONS = 35;
    static final int TOO_MANY_SEGMENT_GROUPS = 36;
    static final int INVALID_TYPE_OF_CHARACTERS = 37;
    static final int DATA_ELEMENT_TOO_LONG = 39;
    static final int DATA_ELEMENT_TOO_SHORT = 40;

    private EdifactSyntaxErrors() {
    }

    static int code(EDIStreamValidationError error) {
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID, UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
                 SEGMENT_NOT_IN_PROPER_SEQUENCE -> NOT_SUPPORTED_IN_POSITION;
            case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING, REQUIRED_DATA_ELEMENT_MISSING,
                 CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> TOO_MANY_SEGMENT_GROUPS;
            case SEGMENT_EXCEEDS_MAXIMUM_USE, TOO_MANY_REPETITIONS -> TOO_MANY_REPETITIONS;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS -> TOO_MANY_CONSTITUENTS;
            case DATA_ELEMENT_TOO_SHORT -> DATA_ELEMENT_TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> DATA_ELEMENT_TOO_LONG;
            case INVALID_CHARACTER_DATA -> INVALID_TYPE_OF_CHARACTERS;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE, INVALID_DATE, INVALID_TIME -> INVALID_VALUE;
            case EXCLUSION_CONDITION_VIOLATED, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                 IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> NOT_SUPPORTED_IN_POSITION;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> CONTROL_COUNT_MISMATCH;
            case CONTROL_REFERENCE_MISMATCH -> REFERENCES_DO_NOT_MATCH;
            default -> UNSPECIFIED;
        };
    }

    static String describe(int code) {
        return switch (code) {
            case SYNTAX_VERSION_NOT_SUPPORTED -> "syntax version or message version not supported";
            case RECIPIENT_NOT_ACTUAL_RECIPIENT -> "the interchange recipient is not the portal";
            case INVALID_VALUE -> "invalid value";
            case MISSING -> "missing";
            case VALUE_NOT_SUPPORTED_IN_POSITION -> "value not supported in this position";
            case NOT_SUPPORTED_IN_POSITION -> "not supported in this position";
            case TOO_MANY_CONSTITUENTS -> "too many constituents";
            case NO_AGREEMENT -> "no agreement for this message";
            case UNKNOWN_SENDER -> "unknown interchange sender";
            case DUPLICATE_DETECTED -> "duplicate interchange";
            case REFERENCES_DO_NOT_MATCH -> "control references do not match";
            case CONTROL_COUNT_MISMATCH -> "control count does not match the number received";
            case TOO_MANY_REPETITIONS -> "too many repetitions";
            case TOO_MANY_SEGMENT_GROUPS -> "too many segment groups";
            case INVALID_TYPE_OF_CHARACTERS -> "invalid type of characters";
            case DATA_ELEMENT_TOO_LONG -> "data element too long";
            case DATA_ELEMENT_TOO_SHORT -> "data element too short";
            default -> "unspecified error";
        };
    }
}
