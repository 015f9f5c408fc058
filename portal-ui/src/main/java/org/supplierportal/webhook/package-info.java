/**
 * Webhooks: an API client's systems are told of business events by an HTTP POST to their URL, instead of polling
 * the API. A subscription names an API client, a URL and the event types it wants (the same catalogue as the event
 * stream, {@code /asyncapi.yaml}); each business event of a supplier becomes one delivery per matching active
 * subscription of that supplier's clients (and of the buyer side's, which see every supplier), written to an outbox
 * table after the change committed. A scheduled sender on any node claims due deliveries ({@code for update skip
 * locked} and a lease), signs them per the Standard Webhooks spec, retries with growing waits and dead-letters them
 * after the configured attempts; a person sends a dead or delivered one again from the Webhooks screen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package org.supplierportal.webhook;
