package org.supplierportal.b2b.log;

/**
 * Where a document stands. In: RECEIVED, then VALID once its syntax passed, then APPLIED or REFUSED; a repeat of an
 * interchange already received is DUPLICATE and never applied; a REFUSED one an admin took in again after a fix is
 * REPROCESSED (what became of it is the newer entry). Out: SENT, then ACKNOWLEDGED or REFUSED when the partner's 997
 * comes back; an asynchronous AS2 MDN owed to a partner is QUEUED until the partner's URL takes it (tried again
 * until it does), then SENT; an asynchronous MDN the portal asked a partner for is AWAITING until it arrives, then
 * ACKNOWLEDGED (processed, signed by the partner, the MIC of what was sent) or REFUSED.
 */
public enum B2bMessageState {
    RECEIVED, VALID, APPLIED, REFUSED, DUPLICATE, REPROCESSED, SENT, ACKNOWLEDGED, QUEUED, AWAITING
}
