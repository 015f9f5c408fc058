package org.supplierportal.api.v1;

import org.supplierportal.input.TextRule;

/** Checks of query parameters, which Bean Validation on the request bodies does not see. */
final class ApiParameters {

    /** A search text or filter: as long as any column it is compared with, and plain text. */
    static final int SEARCH_MAX = 100;

    private ApiParameters() {
    }

    /** A parameter the portal cannot take; answered 422 with the parameter as the field. */
    static final class InvalidParameterException extends RuntimeException {

        private final String parameter;

        InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    /** Something the caller may not see or that does not exist: 404, in the caller's terms. */
    static final class NotFoundException extends RuntimeException {

        private final String type;
        private final String title;

        NotFoundException(String type, String title, String detail) {
            super(detail);
            this.type = type;
            this.title = title;
        }

        String type() {
            return type;
        }

        String title() {
            return title;
        }
    }

    /** A date from a cursor; a cursor that does not hold one was not given out by the portal. */
    static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw ApiCursor.invalid();
        }
    }

    static java.time.Instant instant(String value) {
        try {
            return java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            throw ApiCursor.invalid();
        }
    }

    static java.util.UUID uuid(String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw ApiCursor.invalid();
        }
    }

    static void requirePlainText(String name, String value) {
        String problem = TextRule.problem(value, SEARCH_MAX);
        if (problem != null) {
            throw new InvalidParameterException(name, problem + ".");
        }
    }
}
