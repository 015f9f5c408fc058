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

    static void requirePlainText(String name, String value) {
        String problem = TextRule.problem(value, SEARCH_MAX);
        if (problem != null) {
            throw new InvalidParameterException(name, problem + ".");
        }
    }
}
