/**
 * The buyer exception inbox: one list, across all suppliers, of everything that needs a buyer: answers outside
 * tolerance, rejected lines, rejected counter-proposals and overdue acknowledgments, each with its age against a
 * deadline. Buyers decide here; the decision goes back to the order line (and from there to the ERP).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Buyer exception inbox")
package org.supplierportal.exception;
