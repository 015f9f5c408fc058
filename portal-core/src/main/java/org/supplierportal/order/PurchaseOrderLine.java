package org.supplierportal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** One line of a purchase order: what the ERP ordered, its answer state and, once agreed, its commitment. */
@Entity
@Table(name = "purchase_order_line")
class PurchaseOrderLine {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;
    private int lineNumber;
    @Embedded
    private OrderedValues ordered;
    @Enumerated(EnumType.STRING)
    private LineStatus status;
    private int changedInRevision;
    private String statusNote;
    private BigDecimal committedQuantity;
    private BigDecimal committedPrice;
    private Instant committedAt;
    @Enumerated(EnumType.STRING)
    private CommitmentSource commitmentSource;
    private BigDecimal counterQuantity;
    private LocalDate counterDate;
    private BigDecimal counterPrice;
    private BigDecimal receivedQuantity = BigDecimal.ZERO;
    @Version
    private Long version; // null until persisted: how Spring Data tells a new entity with an assigned id

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "purchase_order_schedule_line", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "position")
    private List<ScheduleEntry> schedule = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "line_commitment_delivery", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "position")
    private List<ScheduleEntry> committedDeliveries = new ArrayList<>();

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(PurchaseOrder order, UUID tenantId, OrderDocument.Line line, int revision) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.tenantId = tenantId;
        this.lineNumber = line.lineNumber();
        this.status = LineStatus.AWAITING_ANSWER;
        update(line, revision);
    }

    /**
     * Takes the ERP's new values. Usually the line must be answered again and the earlier agreement no longer holds;
     * but when the new values are exactly the agreed ones (the ERP took over the commitment the portal sent), the
     * agreement stands and nobody has to answer again.
     */
    void update(OrderDocument.Line line, int revision) {
        boolean agreementStands = status == LineStatus.COMMITTED && adoptsCommitment(line);
        ordered = OrderedValues.of(line);
        schedule.clear();
        line.schedule().forEach(entry -> schedule.add(new ScheduleEntry(tenantId, entry.quantity(), entry.date())));
        changedInRevision = revision;
        if (agreementStands) {
            statusNote = LineNote.adopted(revision).stored();
            return;
        }
        status = LineStatus.AWAITING_ANSWER;
        statusNote = revision > 1 ? LineNote.changed(revision).stored() : null;
        clearCommitment();
        clearCounter();
    }

    private boolean adoptsCommitment(OrderDocument.Line line) {
        LocalDate firstCommittedDate = committedDeliveries.stream().map(ScheduleEntry::date).min(LocalDate::compareTo).orElse(null);
        return committedQuantity != null && committedQuantity.compareTo(line.quantity()) == 0
                && committedPrice.compareTo(line.unitPrice()) == 0
                && line.requestedDate().equals(firstCommittedDate)
                && line.unit().equals(ordered.unit());
    }

    void cancel(int revision) {
        status = LineStatus.CANCELLED;
        changedInRevision = revision;
        statusNote = LineNote.removed(revision).stored();
        clearCounter();
    }

    void commit(Commitment commitment, CommitmentSource source, Instant now) {
        requireStatus(LineStatus.AWAITING_ANSWER, LineStatus.BUYER_REVIEW, LineStatus.COUNTER_PROPOSED);
        committedQuantity = commitment.totalQuantity();
        committedPrice = commitment.unitPrice();
        committedAt = now;
        commitmentSource = source;
        committedDeliveries.clear();
        commitment.deliveries().forEach(delivery ->
                committedDeliveries.add(new ScheduleEntry(tenantId, delivery.quantity(), delivery.date())));
        status = LineStatus.COMMITTED;
        statusNote = LineNote.committed(source).stored();
        clearCounter();
    }

    void received(BigDecimal quantity) {
        receivedQuantity = receivedQuantity.add(quantity);
    }

    void sendToBuyer(LineNote note) {
        requireStatus(LineStatus.AWAITING_ANSWER, LineStatus.COUNTER_PROPOSED);
        status = LineStatus.BUYER_REVIEW;
        statusNote = note.stored();
    }

    void counter(BigDecimal quantity, LocalDate date, BigDecimal price, LineNote note) {
        requireStatus(LineStatus.BUYER_REVIEW);
        counterQuantity = quantity;
        counterDate = date;
        counterPrice = price;
        status = LineStatus.COUNTER_PROPOSED;
        statusNote = note.stored();
    }

    void returnToSupplier(LineNote note) {
        requireStatus(LineStatus.BUYER_REVIEW);
        status = LineStatus.AWAITING_ANSWER;
        statusNote = note.stored();
        clearCounter();
    }

    void agreeRejection(LineNote note) {
        requireStatus(LineStatus.BUYER_REVIEW);
        status = LineStatus.REJECTED;
        statusNote = note.stored();
        clearCommitment();
        clearCounter();
    }

    private void requireStatus(LineStatus... allowed) {
        for (LineStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new LineNotInThatStateException(order.number(), lineNumber, status);
    }

    private void clearCommitment() {
        committedQuantity = null;
        committedPrice = null;
        committedAt = null;
        commitmentSource = null;
        committedDeliveries.clear();
    }

    private void clearCounter() {
        counterQuantity = null;
        counterDate = null;
        counterPrice = null;
    }

    UUID id() {
        return id;
    }

    /** The line as the ERP sent it (its ordered values, not the answers). */
    OrderDocument.Line asDocumentLine() {
        return new OrderDocument.Line(lineNumber, ordered.erpLineId(), ordered.partNumber(), ordered.supplierPartNumber(),
                ordered.description(), ordered.quantity(), ordered.unit(), ordered.unitPrice(), ordered.priceUnit(),
                ordered.requestedDate(), documentSchedule());
    }

    /** The line row's values, in {@link NewOrderRows}' column order, for a new line. */
    Object[] rowValues(UUID orderId) {
        return new Object[] {id, tenantId, orderId, lineNumber, ordered.erpLineId(), ordered.partNumber(),
                ordered.supplierPartNumber(), ordered.description(), ordered.quantity(), ordered.unit(),
                ordered.unitPrice(), ordered.priceUnit(), ordered.requestedDate(), status.name(), changedInRevision};
    }

    List<Object[]> scheduleRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int position = 0; position < schedule.size(); position++) {
            ScheduleEntry entry = schedule.get(position);
            rows.add(new Object[] {id, tenantId, position, entry.quantity(), entry.date()});
        }
        return rows;
    }

    int lineNumber() {
        return lineNumber;
    }

    LineStatus status() {
        return status;
    }

    OrderedValues ordered() {
        return ordered;
    }

    ShippableLine shippable() {
        LocalDate due = committedDeliveries.isEmpty() ? ordered.requestedDate()
                : committedDeliveries.stream().map(ScheduleEntry::date).max(LocalDate::compareTo).orElse(ordered.requestedDate());
        return new ShippableLine(order.id(), order.tenantId(), order.number(), order.shipTo(), order.sourceSystem(),
                order.erpId(), lineNumber, ordered.erpLineId(), ordered.partNumber(), ordered.supplierPartNumber(),
                ordered.description(), ordered.quantity(), committedQuantity, ordered.unit(), status, due, receivedQuantity);
    }

    OrderLineView view() {
        Commitment commitment = committedQuantity == null ? null : new Commitment(
                committedDeliveries.stream().map(entry -> new Commitment.Delivery(entry.quantity(), entry.date())).toList(),
                committedPrice);
        CounterProposal counterProposal = status == LineStatus.COUNTER_PROPOSED
                ? new CounterProposal(counterQuantity, counterDate, counterPrice) : null;
        return new OrderLineView(id, lineNumber, ordered.erpLineId(), ordered.partNumber(), ordered.supplierPartNumber(),
                ordered.description(), ordered.quantity(), ordered.unit(), ordered.unitPrice(), ordered.priceUnit(),
                ordered.requestedDate(), documentSchedule(), status, changedInRevision, LineNote.read(statusNote), commitment,
                commitmentSource, committedAt, counterProposal, receivedQuantity);
    }

    private List<OrderDocument.Schedule> documentSchedule() {
        return schedule.stream().map(entry -> new OrderDocument.Schedule(entry.quantity(), entry.date())).toList();
    }
}
