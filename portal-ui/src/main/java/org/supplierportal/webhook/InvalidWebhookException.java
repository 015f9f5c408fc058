package org.supplierportal.webhook;

import java.util.List;

/** A subscription that cannot be saved, with every reason; nothing was saved. */
public class InvalidWebhookException extends RuntimeException {

    private final List<WebhookProblem> problems;

    InvalidWebhookException(List<WebhookProblem> problems) {
        super(problems.stream().map(WebhookProblem::message).reduce((a, b) -> a + " " + b).orElse("invalid webhook"));
        this.problems = List.copyOf(problems);
    }

    public List<WebhookProblem> problems() {
        return problems;
    }
}
