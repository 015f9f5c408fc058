package org.supplierportal.b2b.outbound;

import java.time.LocalDateTime;
import java.util.Set;

import org.supplierportal.b2b.OrderChange;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.ChannelSettings;

/**
 * One EDI standard's side of sending orders: which partners it serves, how it numbers and names its documents, and
 * the mappings that write them. Writing throws IllegalArgumentException, in words an admin can act on, when an order
 * cannot be expressed in the standard (a unit without a code).
 */
public interface EdiOrderWriter {

    /** Whether the partner's channel is this standard. */
    boolean serves(ChannelSettings settings);

    /** The standard as the message log names it, e.g. X12. */
    String standard();

    /** The partner as the message log names it, e.g. its ISA qualifier and ID. */
    String partnerId(ChannelSettings settings);

    /** The document type of a new order (850, ORDERS) and of an order change (860, ORDCHG). */
    String documentType(boolean change);

    /** The header fields the change document carries: a revision changing none of them and no line sends nothing. */
    Set<OrderChange.HeaderField> changeCarries();

    /** Takes the partner's next control numbers. */
    Envelope nextEnvelope(TenantId partner);

    String newOrder(OrderDocument order, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now);

    String change(OrderChange change, int revision, ChannelSettings settings, Envelope envelope, LocalDateTime now);
}
