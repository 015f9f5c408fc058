/**
 * What goes out to the ERP. Commitments and ASN versions, published as events by the core, become outbound messages
 * with an idempotency key in a queue kept in PostgreSQL; the dispatcher sends them at once and sweeps what is due, tries
 * again with a doubling wait ({@code RetryBackoff}) while the ERP is away, and makes a dead letter of what the ERP
 * refuses. Messages about orders that did not come from the connected ERP are never sent to it.
 */
package org.supplierportal.erp.outbound;
