/**
 * Orders out to partners on EDI: one sender listens to new and revised orders, checks the partner's channel and its
 * documents, decides whether a revision carries anything for the partner, takes the control numbers, has the
 * partner's standard write the document, logs it and drops it on the transport. A standard is one
 * {@link org.supplierportal.b2b.outbound.EdiOrderWriter} in its own package; adding one adds a writer, not a sender.
 */
package org.supplierportal.b2b.outbound;
