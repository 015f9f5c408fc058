package org.supplierportal.order;

/**
 * What the inbound service did with a document.
 *
 * @param orderId  the order concerned, or null when the document was parked
 * @param revision the order's current revision after the call
 * @param message  one sentence for logs and the integration monitor
 */
public record InboundResult(Kind kind, OrderId orderId, int revision, String message) {

    public enum Kind {
        /** A new order. */
        CREATED,
        /** A new revision of a known order. */
        REVISED,
        /** The same content again: nothing changed. */
        UNCHANGED,
        /** Older than what the portal already has: ignored. */
        IGNORED_OLDER,
        /** No tenant claims the supplier's party code: kept aside for an admin, not dropped. */
        PARKED,
        /** The document cannot be taken as it is (from {@link OrderInbound#receiveAll}; the message says why). */
        INVALID
    }
}
