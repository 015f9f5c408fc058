/**
 * Supplier performance for buyers: simple figures per supplier (acknowledgment cycle time, on-time shipment rate,
 * open quality incidents), each taken from the module that owns it. A scorecard with targets comes later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplier performance")
package org.supplierportal.performance;
