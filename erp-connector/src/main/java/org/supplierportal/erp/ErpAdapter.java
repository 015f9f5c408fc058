package org.supplierportal.erp;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supplierportal.order.OrderDocument;
import org.supplierportal.shipment.ReceiptDocument;

/**
 * The one port to an ERP or channel. An adapter says what it can do ({@link #capabilities()}); the jobs and the
 * outbound dispatcher use only that. Orders come in as changes per level ({@link #orderChangeFeeds()}), each
 * touched order then read whole ({@link #pullOrders(Collection)}); the reconciliation job compares every open order
 * with {@link #pullOrders(Collection)} too. Every method throws {@link ErpUnavailableException} for what may pass
 * (the ERP is down, slow, failing) and {@link ErpRejectedException} for what will not (the ERP refuses the data).
 */
public interface ErpAdapter {

    /** The source system name orders and receipts carry ("TRYTON", "SAP", ...). */
    String system();

    Set<Capability> capabilities();

    /**
     * The levels of order changes this adapter reports, each as its own feed ({@link #pullOrderChanges}). An
     * adapter must report every change that alters what a supplier must deliver at the level the supplier cares
     * about (lines, schedules, cancellations), whatever record in its ERP carries it: a feed keyed only on the order
     * header misses a date changed on a delivery schedule.
     */
    default Set<OrderChangeFeed> orderChangeFeeds() {
        return Set.of();
    }

    /**
     * Changes of one level after the position, oldest first, at most {@code limit}; each names the order it touches.
     * An order touched several times appears several times: the import reads each touched order once, whole.
     * Changes of orders the supplier does not see yet (drafts) may be included: reading them finds nothing.
     */
    default List<OrderChange> pullOrderChanges(OrderChangeFeed feed, Watermark after, int limit) {
        throw new UnsupportedOperationException(system() + " does not provide order changes");
    }

    /**
     * The confirmed orders with these keys as they stand now, whole, in one go where the ERP allows; keys of orders
     * the ERP does not have (or no longer shows to suppliers) are left out. Each document's ERP revision marker
     * grows with every change of the order at any level.
     */
    default List<PulledRecord<OrderDocument>> pullOrders(Collection<String> keys) {
        return keys.stream().map(this::pullOrder).flatMap(Optional::stream).toList();
    }

    /** One order by its key, for replaying a dead letter after the record was fixed in the ERP. */
    default Optional<PulledRecord<OrderDocument>> pullOrder(String key) {
        throw new UnsupportedOperationException(system() + " does not provide orders");
    }

    /** Goods receipts recorded after the position, oldest first, at most {@code limit}. */
    default List<PulledRecord<ReceiptDocument>> pullReceipts(Watermark after, int limit) {
        throw new UnsupportedOperationException(system() + " does not provide receipts");
    }

    /** Supplier invoices created or changed after the position, oldest first, at most {@code limit}. */
    default List<PulledRecord<org.supplierportal.invoice.InvoiceDocument>> pullInvoices(Watermark after, int limit) {
        throw new UnsupportedOperationException(system() + " does not provide invoice status");
    }

    /** Applies a commitment; applying the same one twice changes nothing on the ERP side. */
    default void pushCommitment(CommitmentMessage commitment) {
        throw new UnsupportedOperationException(system() + " does not take commitments");
    }

    /** Creates the ERP's inbound shipment for an ASN, once: an existing one with the same number is left alone. */
    default void pushAsn(AsnMessage asn) {
        throw new UnsupportedOperationException(system() + " does not take ASNs");
    }
}
