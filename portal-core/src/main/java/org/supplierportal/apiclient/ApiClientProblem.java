package org.supplierportal.apiclient;
import org.supplierportal.tolerance.Explanation;

/** Why a field of a new API client is not acceptable, in the administrator's words. */
public record ApiClientProblem(String field, String message, Explanation translatable) {

    public ApiClientProblem(String field, String message) {
        this(field, message, null);
    }

    /** A problem worded by the rules bundle's key: English for the API, the reader's language on the screen. */
    static ApiClientProblem of(String field, String key, Object... arguments) {
        Explanation explanation = Explanation.of(key, arguments);
        return new ApiClientProblem(field, explanation.english(), explanation);
    }
}
