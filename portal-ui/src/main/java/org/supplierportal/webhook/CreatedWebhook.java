package org.supplierportal.webhook;

/** A new subscription and its signing secret ({@code whsec_...}), which is shown this once. */
public record CreatedWebhook(WebhookView webhook, String secret) {
}
