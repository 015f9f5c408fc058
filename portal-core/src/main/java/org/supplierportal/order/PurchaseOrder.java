package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.supplierportal.tenancy.TenantId;

/**
 * A purchase order in its current revision. Changes come from two sides only: the ERP (a new revision) and the
 * answers of supplier and buyer on its lines; each goes through a method named after it.
 */
@Entity
@Table(name = "purchase_order")
class PurchaseOrder {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId
    private UUID tenantId;
    private String sourceSystem;
    private String erpId;
    private String supplierPartyCode;
    private String number;
    private long erpRevision;
    private int revision;
    private String buyerName;
    private String buyerEmail;
    private String currency;
    private String paymentTerms;
    private String incoterms;
    private String shipTo;
    private LocalDate orderDate;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private int lineCount;
    private BigDecimal totalAmount;
    private LocalDate firstRequestedDate;
    private Instant revisionReceivedAt;
    private Instant ackDueAt;
    private Integer acknowledgedRevision;
    private Instant lastAnsweredAt;
    private Integer overdueRaisedRevision;
    private String contentHash;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    static PurchaseOrder receive(TenantId tenant, OrderDocument document, String contentHash, Instant dueAt, Instant now) {
        PurchaseOrder order = new PurchaseOrder();
        order.id = UUID.randomUUID();
        order.tenantId = tenant.value();
        order.sourceSystem = document.sourceSystem();
        order.erpId = document.erpId();
        order.revision = 1;
        order.createdAt = now;
        order.applyHeader(document, contentHash, dueAt, now);
        document.lines().forEach(line -> order.lines.add(new PurchaseOrderLine(order, order.tenantId, line, 1)));
        order.refresh();
        return order;
    }

    /**
     * Takes a new revision from the ERP. Changed and added lines must be answered again; removed lines are
     * cancelled; unchanged lines keep their state and commitment.
     */
    void revise(OrderDocument document, String contentHash, List<RevisionChange> changes, Instant dueAt, Instant now) {
        revision++;
        applyHeader(document, contentHash, dueAt, now);
        Set<Integer> answerAgain = RevisionDiff.linesToAnswerAgain(changes);
        Map<Integer, PurchaseOrderLine> existing = lines.stream()
                .collect(Collectors.toMap(PurchaseOrderLine::lineNumber, Function.identity()));
        Map<Integer, OrderDocument.Line> incoming = document.lines().stream()
                .collect(Collectors.toMap(OrderDocument.Line::lineNumber, Function.identity()));
        incoming.forEach((number, line) -> {
            PurchaseOrderLine current = existing.get(number);
            if (current == null) {
                lines.add(new PurchaseOrderLine(this, tenantId, line, revision));
            } else if (answerAgain.contains(number) || current.status() == LineStatus.CANCELLED) {
                current.update(line, revision);
            }
        });
        existing.forEach((number, line) -> {
            if (!incoming.containsKey(number) && line.status() != LineStatus.CANCELLED) {
                line.cancel(revision);
            }
        });
        lines.sort(java.util.Comparator.comparingInt(PurchaseOrderLine::lineNumber));
        overdueRaisedRevision = null;
        refresh();
    }

    /** The ERP sent the same content under a newer marker: remember the marker, nothing changes for the supplier. */
    void noteErpRevision(long newerErpRevision, Instant now) {
        erpRevision = newerErpRevision;
        updatedAt = now;
    }

    private void applyHeader(OrderDocument document, String contentHash, Instant dueAt, Instant now) {
        number = document.number();
        supplierPartyCode = document.supplierPartyCode();
        erpRevision = document.erpRevision();
        buyerName = document.buyerName();
        buyerEmail = document.buyerEmail();
        currency = document.currency().toUpperCase(java.util.Locale.ROOT);
        paymentTerms = document.paymentTerms();
        incoterms = document.incoterms();
        shipTo = document.shipTo();
        orderDate = document.orderDate();
        this.contentHash = contentHash;
        revisionReceivedAt = now;
        ackDueAt = dueAt;
        updatedAt = now;
    }

    /** The supplier answered some lines of the current revision. */
    void answered(Instant now) {
        acknowledgedRevision = revision;
        lastAnsweredAt = now;
        refresh();
    }

    void overdueRaised() {
        overdueRaisedRevision = revision;
    }

    /** Recomputes what is derived from the lines: status, totals, first requested date. */
    void refresh() {
        List<PurchaseOrderLine> open = lines.stream().filter(line -> line.status() != LineStatus.CANCELLED).toList();
        lineCount = open.size();
        totalAmount = open.stream().map(line -> line.ordered().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        firstRequestedDate = open.stream().map(line -> line.ordered().requestedDate()).min(LocalDate::compareTo).orElse(null);
        status = OrderStatusRule.statusOf(lines.stream().map(PurchaseOrderLine::status).toList(),
                acknowledgedRevision != null, revision > 1);
    }

    Optional<PurchaseOrderLine> line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }

    PurchaseOrderLine requireLine(int lineNumber) {
        return line(lineNumber).orElseThrow(() -> new UnknownOrderLineException(number, lineNumber));
    }

    OrderId id() {
        return new OrderId(id);
    }

    TenantId tenantId() {
        return new TenantId(tenantId);
    }

    String number() {
        return number;
    }

    String shipTo() {
        return shipTo;
    }

    String sourceSystem() {
        return sourceSystem;
    }

    String erpId() {
        return erpId;
    }

    int revision() {
        return revision;
    }

    long erpRevision() {
        return erpRevision;
    }

    String contentHash() {
        return contentHash;
    }

    OrderStatus status() {
        return status;
    }

    List<PurchaseOrderLine> lines() {
        return lines;
    }

    /**
     * The current revision as the ERP sent it, in canonical form, rebuilt from the order: the current revision's
     * document is not stored twice.
     */
    OrderDocument currentDocument() {
        List<OrderDocument.Line> current = lines.stream().filter(line -> line.status() != LineStatus.CANCELLED)
                .map(PurchaseOrderLine::asDocumentLine).toList();
        return new OrderDocument(sourceSystem, erpId, number, erpRevision, supplierPartyCode, buyerName, buyerEmail,
                currency, paymentTerms, incoterms, shipTo, orderDate, current).content();
    }

    /** The order row's values, in {@link NewOrderRows}' column order: for the bulk insert of new orders. */
    Object[] rowValues() {
        return new Object[] {id, tenantId, sourceSystem, erpId, supplierPartyCode, number, erpRevision, revision, buyerName, buyerEmail,
                currency, paymentTerms, incoterms, shipTo, orderDate, status.name(), lineCount, totalAmount,
                firstRequestedDate, timestamp(revisionReceivedAt), timestamp(ackDueAt), contentHash,
                timestamp(createdAt), timestamp(updatedAt)};
    }

    static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    OrderSummary summary() {
        return new OrderSummary(id(), tenantId(), number, revision, sourceSystem, erpId, buyerName, currency,
                orderDate, status, lineCount, totalAmount, firstRequestedDate, revisionReceivedAt, ackDueAt,
                acknowledgedRevision);
    }

    OrderHeader header() {
        return new OrderHeader(summary(), buyerEmail, paymentTerms, incoterms, shipTo, erpRevision, lastAnsweredAt);
    }
}
