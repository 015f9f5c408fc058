/**
 * Shipments and goods receipts. Suppliers send advance shipping notices (ASNs) for open lines of their orders, with
 * packages (SSCCs), lots and serial numbers, and change or cancel them until the ERP receives against them; each
 * version goes to the ERP. Receipts from the ERP are recorded once each, added to their order line and booked to the
 * ASN they name; differences, receipts without ASN and late shipments become events for the buyer inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipments and receipts")
package org.supplierportal.shipment;
