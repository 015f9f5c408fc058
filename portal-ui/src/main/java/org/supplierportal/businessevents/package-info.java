/**
 * Business events out to Kafka, for systems around the portal (buyer middleware, a TMS, a QMS) that should react to
 * what happens in it instead of polling the API. The portal's own domain events (orders received and revised,
 * commitments, answers sent to a buyer, buyer decisions, ASN versions, receipts, quality incidents, invoice states)
 * are externalized with Spring Modulith's event externalization: each becomes a stable JSON envelope ({@link
 * org.supplierportal.businessevents.BusinessEvent}: type, version, id, occurredAt, supplierKey, data) on one topic,
 * keyed by the supplier's key, carrying only that supplier's data. The domain modules know nothing of Kafka: this
 * module selects their events and maps them ({@code BusinessEventCatalogue}). Off unless
 * {@code spring.kafka.bootstrap-servers} is set; the catalogue is served as an AsyncAPI 3 document at
 * {@code /asyncapi.yaml} either way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business events out to Kafka")
package org.supplierportal.businessevents;
