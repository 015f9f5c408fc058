/**
 * Supplier invoices as the ERP sees them: received, in matching, blocked (with the reason), approved, paid. The ERP
 * reports each invoice's state; the portal also matches the invoice's lines against the order (agreed price,
 * received quantity) so a variance shows as "blocked" with its reason even when the ERP has no payment block of its
 * own. A newly blocked invoice is an event for the buyer inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invoice status")
package org.supplierportal.invoice;
