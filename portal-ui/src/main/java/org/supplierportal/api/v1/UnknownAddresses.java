package org.supplierportal.api.v1;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no controller serves. Vaadin serves every address but the API's ({@code vaadin.exclude-urls}), so this
 * answers unknown {@code /api/...} addresses: a 404 problem, not an HTML page. Not limited to the API's controllers,
 * because no controller was found.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownAddresses {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail notFound(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is nothing at this address. The API's operations are listed at /v3/api-docs.");
        problem.setType(URI.create("https://supplier-portal.example/problems/no-such-address"));
        problem.setTitle("No such address");
        return problem;
    }
}
