package org.supplierportal.webhook;

/** One thing wrong with a new subscription, by the form's field ({@code client}, {@code url}, {@code eventTypes}). */
public record WebhookProblem(String field, String message) {
}
