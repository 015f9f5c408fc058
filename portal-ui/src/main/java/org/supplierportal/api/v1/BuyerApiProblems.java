package org.supplierportal.api.v1;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.supplierportal.inbox.ExceptionAlreadyDecidedException;
import org.supplierportal.inbox.ExceptionNotFoundException;
import org.supplierportal.inbox.InvalidDecisionException;
import org.supplierportal.onboarding.InvalidTenantFilesException;
import org.supplierportal.tenant.TenantRejectedException;

/**
 * The buyer operations' errors as problem details. Ahead of {@link ApiProblems}, whose catch-all would otherwise
 * answer them as server faults.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BuyerApiProblems {

    private static final String NOTHING_RECORDED = "Nothing was recorded. Correct the fields listed in 'errors'.";

    @ExceptionHandler(ExceptionNotFoundException.class)
    ProblemDetail exceptionNotFound(ExceptionNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "exception-not-found", "Exception not found", e.getMessage());
    }

    @ExceptionHandler(ExceptionAlreadyDecidedException.class)
    ProblemDetail alreadyDecided(ExceptionAlreadyDecidedException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "exception-already-decided", "Already decided", e.getMessage());
    }

    @ExceptionHandler(InvalidDecisionException.class)
    ProblemDetail invalidDecision(InvalidDecisionException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-decision",
                "The decision cannot be recorded", NOTHING_RECORDED);
        problem.setProperty("errors", e.fieldMessages().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(error -> new ApiModel.FieldError(error.getKey(), null, error.getValue())).toList());
        return problem;
    }

    /** A supplier's content the tenant-file rules refuse: every field at once, in the file's field names. */
    @ExceptionHandler(InvalidTenantFilesException.class)
    ProblemDetail invalidSupplier(InvalidTenantFilesException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-supplier",
                "The supplier cannot be onboarded", NOTHING_RECORDED);
        List<ApiModel.FieldError> errors = e.problems().stream().map(error -> new ApiModel.FieldError(
                error.field().isEmpty() ? null : error.field(), null, capitalized(error.message()) + ".")).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(TenantRejectedException.class)
    ProblemDetail supplierRefused(TenantRejectedException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "supplier-not-changeable", "The supplier cannot change this way",
                e.getMessage());
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
