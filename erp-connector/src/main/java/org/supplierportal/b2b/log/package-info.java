/**
 * The message log of the B2B channels (every document in and out, with state, partner, control numbers, the order it
 * touched and its raw text), the control numbers per partner, and the {@code portal_b2b_*} metrics.
 */
package org.supplierportal.b2b.log;
