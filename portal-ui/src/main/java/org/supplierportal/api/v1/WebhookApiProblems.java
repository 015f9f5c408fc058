package org.supplierportal.api.v1;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.supplierportal.webhook.InvalidWebhookException;
import org.supplierportal.webhook.WebhookNotFoundException;

/** The webhook operations' errors as problem details, ahead of {@link ApiProblems}' catch-all. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookApiProblems {

    /** The screen's field names, as the request calls them. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of("client", "apiClientId");

    @ExceptionHandler(InvalidWebhookException.class)
    ProblemDetail invalidWebhook(InvalidWebhookException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-webhook",
                "The webhook cannot be saved", "Nothing was saved. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.problems().stream().map(error -> new ApiModel.FieldError(
                REQUEST_FIELDS.getOrDefault(error.field(), error.field()), null, error.message())).toList());
        return problem;
    }

    @ExceptionHandler(WebhookNotFoundException.class)
    ProblemDetail notFound(WebhookNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "webhook-not-found", "Webhook not found", e.getMessage());
    }
}
