/**
 * The supplier's contacts: who to call at the supplier for sales, quality, logistics or invoices. The first
 * tenant-owned business data, kept by the supplier's own administrator and read by buyers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplier contacts")
package org.supplierportal.contact;
