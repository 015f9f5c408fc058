package org.supplierportal.erp.tryton;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.supplierportal.erp.AsnMessage;
import org.supplierportal.erp.Capability;
import org.supplierportal.erp.CommitmentMessage;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.OrderChange;
import org.supplierportal.erp.OrderChangeFeed;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.erp.Watermark;
import org.supplierportal.invoice.InvoiceDocument;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.shipment.ReceiptDocument;

/**
 * Tryton 6.0 behind the port, one class per capability over one JSON-RPC client: purchases and their changes in
 * ({@link TrytonOrders}), receipts in ({@link TrytonReceipts}), supplier invoice states in ({@link TrytonInvoices}),
 * commitments out ({@link TrytonCommitments}), ASNs out ({@link TrytonShipments}). Counts its calls for the metrics.
 */
public class TrytonAdapter implements ErpAdapter, MeterBinder {

    private final TrytonProperties properties;
    private final TrytonClient client;
    private final TrytonOrders orders;
    private final TrytonReceipts receipts;
    private final TrytonInvoices invoices;
    private final TrytonCommitments commitments;
    private final TrytonShipments shipments;

    public TrytonAdapter(TrytonProperties properties) {
        this.properties = properties;
        this.client = new TrytonClient(properties);
        this.orders = new TrytonOrders(client);
        this.receipts = new TrytonReceipts(client);
        this.invoices = new TrytonInvoices(client);
        this.commitments = new TrytonCommitments(client);
        this.shipments = new TrytonShipments(client);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("portal.erp.tryton.calls", client, TrytonClient::calls)
                .description("JSON-RPC requests sent to Tryton").register(registry);
    }

    @Override
    public String system() {
        return TrytonRecords.SYSTEM;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.PULL_ORDERS, Capability.PULL_RECEIPTS, Capability.PULL_INVOICE_STATUS,
                Capability.PUSH_COMMITMENTS, Capability.PUSH_ASNS);
    }

    @Override
    public Set<OrderChangeFeed> orderChangeFeeds() {
        return EnumSet.allOf(OrderChangeFeed.class);
    }

    @Override
    public List<OrderChange> pullOrderChanges(OrderChangeFeed feed, Watermark after, int limit) {
        return orders.changes(feed, after, limit);
    }

    @Override
    public List<PulledRecord<OrderDocument>> pullOrders(Collection<String> keys) {
        return orders.read(keys.stream().map(key -> TrytonRecords.id(key, "purchase")).toList());
    }

    @Override
    public Optional<PulledRecord<OrderDocument>> pullOrder(String key) {
        return orders.read(List.of(TrytonRecords.id(key, "purchase"))).stream().findFirst();
    }

    @Override
    public List<PulledRecord<ReceiptDocument>> pullReceipts(Watermark after, int limit) {
        return receipts.pull(after, limit);
    }

    @Override
    public List<PulledRecord<InvoiceDocument>> pullInvoices(Watermark after, int limit) {
        return invoices.pull(after, limit);
    }

    @Override
    public void pushCommitment(CommitmentMessage commitment) {
        commitments.push(commitment);
    }

    @Override
    public void pushAsn(AsnMessage asn) {
        shipments.push(asn);
    }

    @Override
    public String toString() {
        return properties.toString();
    }
}
