/**
 * Shipments and goods receipts. For now: receipts imported from the ERP, recorded once each and added to the
 * received quantity of their order line. Advance shipping notices and receipt matching build on this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipments and receipts")
package org.supplierportal.shipment;
