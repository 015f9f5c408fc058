/**
 * Supplier acknowledgments: the answer to each line of an order revision (accept, reject with a reason, or propose
 * another quantity, date and/or price, or a split into several deliveries), evaluated against the tolerance rules.
 * Inside tolerance the line is committed at once; outside, a buyer decides (the exception module's inbox), and the
 * buyer's decision (approve, reject, counter-propose) comes back here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Acknowledgments")
package org.supplierportal.acknowledgment;
