package org.supplierportal.api.v1;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.supplierportal.acknowledgment.AlreadyAnsweredException;
import org.supplierportal.acknowledgment.InvalidAcknowledgmentException;
import org.supplierportal.acknowledgment.StaleRevisionException;
import org.supplierportal.apiclient.IdempotencyKeys;
import org.supplierportal.order.LineNotInThatStateException;
import org.supplierportal.order.OrderNotFoundException;

/** Every API error as an RFC 9457 problem detail, in the caller's terms, with field-level messages where they apply. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private static final String TYPES = "https://supplier-portal.example/problems/";

    @ExceptionHandler(OrderNotFoundException.class)
    ProblemDetail notFound(OrderNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", e.getMessage());
    }

    @ExceptionHandler(org.supplierportal.shipment.AsnNotFoundException.class)
    ProblemDetail asnNotFound(org.supplierportal.shipment.AsnNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "asn-not-found", "ASN not found", e.getMessage());
    }

    @ExceptionHandler(org.supplierportal.shipment.InvalidAsnException.class)
    ProblemDetail invalidAsn(org.supplierportal.shipment.InvalidAsnException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-asn", "The ASN cannot be recorded as sent",
                "Nothing was recorded. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.problems().stream()
                .map(error -> java.util.Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    @ExceptionHandler(org.supplierportal.shipment.AsnNotChangeableException.class)
    ProblemDetail asnNotChangeable(org.supplierportal.shipment.AsnNotChangeableException e) {
        return problem(HttpStatus.CONFLICT, "asn-not-changeable", "The ASN can no longer change", e.getMessage());
    }

    @ExceptionHandler(org.supplierportal.quality.IncidentNotFoundException.class)
    ProblemDetail incidentNotFound(org.supplierportal.quality.IncidentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "incident-not-found", "Quality incident not found", e.getMessage());
    }

    @ExceptionHandler(org.supplierportal.quality.InvalidIncidentException.class)
    ProblemDetail invalidIncident(org.supplierportal.quality.InvalidIncidentException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-quality-input",
                "Not recorded", "Nothing was recorded. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.problems().stream()
                .map(error -> java.util.Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    @ExceptionHandler(org.supplierportal.invoice.InvoiceNotFoundException.class)
    ProblemDetail invoiceNotFound(org.supplierportal.invoice.InvoiceNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found", e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
                "The file is larger than the portal takes; quality files can be up to 10 MB.");
    }

    @ExceptionHandler(InvalidAcknowledgmentException.class)
    ProblemDetail invalid(InvalidAcknowledgmentException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-acknowledgment",
                "The acknowledgment cannot be recorded as sent", "Nothing was recorded. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.problems().stream().map(ApiMapping::error).toList());
        return problem;
    }

    @ExceptionHandler(StaleRevisionException.class)
    ProblemDetail stale(StaleRevisionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-revision", "The order changed", e.getMessage());
        problem.setProperty("answeredRevision", e.answeredRevision());
        problem.setProperty("currentRevision", e.currentRevision());
        problem.setProperty("changes", e.changes().changes().stream().map(ApiMapping::change).toList());
        return problem;
    }

    @ExceptionHandler(AlreadyAnsweredException.class)
    ProblemDetail alreadyAnswered(AlreadyAnsweredException e) {
        return problem(HttpStatus.CONFLICT, "already-acknowledged", "Already acknowledged", e.getMessage());
    }

    @ExceptionHandler(LineNotInThatStateException.class)
    ProblemDetail lineState(LineNotInThatStateException e) {
        return problem(HttpStatus.CONFLICT, "line-state", "The line cannot be answered now", e.getMessage());
    }

    /** A number that does not fit its column, a text too long or not plain: every field at once, before any work. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidFields(MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
                "The request has fields the portal cannot take", "Nothing was recorded. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiModel.FieldError(error.getField(), null, error.getDefaultMessage() + ".")).toList());
        return problem;
    }

    @ExceptionHandler(ApiParameters.InvalidParameterException.class)
    ProblemDetail invalidParameter(ApiParameters.InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
                "The request has fields the portal cannot take", "Correct the fields listed in 'errors'.");
        problem.setProperty("errors", java.util.List.of(new ApiModel.FieldError(e.parameter(), null, e.getMessage())));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        return problem(HttpStatus.BAD_REQUEST, "unreadable-request", "The request body is not valid JSON for this call",
                cause == null ? "Check the JSON syntax, dates (YYYY-MM-DD) and numbers." : shortened(firstLine(cause)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "A parameter has the wrong form",
                "'" + shortened(String.valueOf(e.getValue())) + "' is not a valid " + e.getName() + ".");
    }

    /**
     * A missing scope (the operation's {@code @PreAuthorize}) says which scope the operation needs; a role check of a
     * service says the role may not.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        java.util.List<String> scopes = e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision
                ? java.util.regex.Pattern.compile("SCOPE_([a-z]+:[a-z]+)").matcher(decision.getExpression().getExpressionString())
                .results().map(match -> match.group(1)).toList() : java.util.List.of();
        if (scopes.isEmpty()) {
            return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role", "Your account's role may not do this.");
        }
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "insufficient-scope", "Not allowed with your token's scopes",
                "This operation needs the scope " + String.join(" or ", scopes) + ", which your token does not have.");
        problem.setProperty("requiredScopes", scopes);
        return problem;
    }

    @ExceptionHandler(ApiParameters.NotFoundException.class)
    ProblemDetail notFound(ApiParameters.NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.type(), e.title(), e.getMessage());
    }

    @ExceptionHandler(ApiPreconditions.StaleException.class)
    ProblemDetail stale(ApiPreconditions.StaleException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-etag", "Changed since you read it", e.getMessage());
    }

    @ExceptionHandler(ApiPreconditions.MissingException.class)
    ProblemDetail preconditionRequired(ApiPreconditions.MissingException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeys.KeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeys.KeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key already used", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeys.InvalidKeyException.class)
    ProblemDetail invalidKey(IdempotencyKeys.InvalidKeyException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
                "The request has fields the portal cannot take", "Nothing was recorded. Correct the fields listed in 'errors'.");
        problem.setProperty("errors", java.util.List.of(new ApiModel.FieldError("Idempotency-Key", null, e.getMessage())));
        return problem;
    }

    /**
     * Anything else: Spring's own errors keep their status (404, 405, 415, ...); a fault of the portal is a 500
     * problem, logged with its cause, never a bare status from the error page.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "server-error", "The portal could not complete the request", "Nothing of it was recorded. Try again"
                        + " later; if it keeps failing, tell your contact at the manufacturer the time of the request."));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    /** The parser's words quote the input; a message must not hand back a megabyte the caller sent. */
    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

}
