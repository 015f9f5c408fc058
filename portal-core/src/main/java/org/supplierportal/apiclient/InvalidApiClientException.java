package org.supplierportal.apiclient;

import java.util.List;

/** An API client that cannot be created as described; nothing was saved. */
public class InvalidApiClientException extends RuntimeException {

    private final List<ApiClientProblem> problems;

    public InvalidApiClientException(List<ApiClientProblem> problems) {
        super(problems.stream().map(ApiClientProblem::message).reduce((a, b) -> a + " " + b).orElse("Invalid API client"));
        this.problems = List.copyOf(problems);
    }

    public List<ApiClientProblem> problems() {
        return problems;
    }
}
