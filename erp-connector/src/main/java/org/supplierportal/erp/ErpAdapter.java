package org.supplierportal.erp;

import java.util.List;
import java.util.Set;

import org.supplierportal.order.OrderDocument;
import org.supplierportal.shipment.ReceiptDocument;

/**
 * The one port to an ERP or channel. An adapter says what it can do ({@link #capabilities()}); the jobs and the
 * outbound dispatcher use only that. Every method throws {@link ErpUnavailableException} for what may pass (the ERP
 * is down, slow, failing) and {@link ErpRejectedException} for what will not (the ERP refuses the data).
 */
public interface ErpAdapter {

    /** The source system name orders and receipts carry ("TRYTON", "SAP", ...). */
    String system();

    Set<Capability> capabilities();

    /** Orders confirmed or changed after the position, oldest change first, at most {@code limit}. */
    default List<PulledRecord<OrderDocument>> pullOrders(Watermark after, int limit) {
        throw new UnsupportedOperationException(system() + " does not provide orders");
    }

    /** One order by its key, for replaying a dead letter after the record was fixed in the ERP. */
    default java.util.Optional<PulledRecord<OrderDocument>> pullOrder(String key) {
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
