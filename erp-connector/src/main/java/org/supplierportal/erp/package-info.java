/**
 * The ERP side of the portal. One port ({@link org.supplierportal.erp.ErpAdapter}) with capabilities, one adapter
 * per ERP or channel (Tryton over JSON-RPC first; SAP, EDI and cXML later behind the same port). Inbound, Spring Batch
 * jobs bring orders and receipts in through the portal's own inbound services, chunk by chunk, with a watermark that
 * advances only with committed chunks; records that cannot be mapped become dead letters and the run goes on.
 * Outbound, every commitment (and later ASN) becomes a message with an idempotency key, delivered within seconds,
 * retried with backoff while the ERP is away, dead-lettered when the ERP refuses it; dead letters can be replayed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ERP connector")
package org.supplierportal.erp;
