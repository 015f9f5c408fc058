/**
 * What comes in from the ERP. Spring Batch jobs ({@link org.supplierportal.erp.inbound.ErpJob}) read the ERP's feeds
 * through the port from a watermark kept per feed ({@code SyncStates}), in chunks that are transactions, and take each
 * record in through the portal's own inbound services: orders from one change feed per level merged per order, goods
 * receipts, invoice states. Orders no supplier claims are parked; records that cannot be taken become dead letters;
 * the reconciliation compares every open order with the ERP and repairs what the feeds missed.
 */
package org.supplierportal.erp.inbound;
