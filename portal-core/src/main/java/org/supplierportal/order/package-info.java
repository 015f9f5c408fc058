/**
 * Purchase orders as the supplier sees them: header, lines, schedule lines and every revision the ERP sends, with
 * the change view between revisions. One inbound service ({@link org.supplierportal.order.OrderInbound}) creates or
 * revises an order from a canonical document, idempotently; the ERP connector and the demo seed call exactly it.
 * Each line carries its answer state and its commitment (the values both sides agreed on).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchase orders")
package org.supplierportal.order;
