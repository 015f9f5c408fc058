/**
 * The buyers' exception inbox: one list, across all suppliers, of everything that needs a buyer: answers outside
 * tolerance, rejected lines and counter-proposals, overdue acknowledgments, shipments that are late or differ from
 * their ASN, overdue quality steps and blocked invoices, each with its age against a deadline. Buyers decide here;
 * a decision on an answer goes back to the order line (and from there to the ERP). The other modules' events say
 * what to raise, in their own words; the inbox keeps one open exception per thing and resolves it when the thing
 * moves on. (Named {@code inbox}, not {@code exception}: that is Java's word.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Buyer exception inbox")
package org.supplierportal.inbox;
